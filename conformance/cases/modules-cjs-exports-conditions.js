const req = require('module').createRequire(__dirname + '/../fixtures/cjs/entry.js');
console.log(req('exports-conditions'));
console.log(req('exports-conditions/node-first'));
console.log(req('exports-conditions/only-default'));
console.log(req('exports-conditions/nested'));
