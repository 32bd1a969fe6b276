const req = require('module').createRequire(__dirname + '/../fixtures/cjs/entry.js');
console.log(req('exports-string'));
try { req('exports-string/wrong.js'); } catch (e) { console.log(e.code); }
