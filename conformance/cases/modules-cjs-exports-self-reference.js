const req = require('module').createRequire(__dirname + '/../fixtures/cjs/entry.js');
console.log(req('self-ref'));
