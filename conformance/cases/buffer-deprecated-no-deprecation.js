// With --no-deprecation, Buffer() emits no warning event at all.
'use strict';
let count = 0;
process.on('warning', () => count++);
console.log(Buffer(2).length, new Buffer('abc').toString(), process.noDeprecation);
process.emitWarning('other', 'DeprecationWarning', 'DEP9999');
process.emitWarning('plain warning');
setImmediate(() => console.log('warnings', count));
