// DEP0005 is not emitted for Buffer() called from a module under node_modules, but is for user code.
'use strict';
const Module = require('module');
const path = require('path');
const file = path.join(__dirname, 'node_modules', 'fake-pkg', 'index.js');
const m = new Module(file, module);
m.filename = file;
m.paths = [];
m._compile('module.exports = (n) => Buffer(n);', file);
let count = 0;
process.on('warning', (w) => { count++; console.log('warning', w.code); });
console.log(m.exports(2).length);
setImmediate(() => { console.log('warnings', count); console.log(Buffer(1).length); setImmediate(() => console.log('warnings', count)); });
