// DEP0005 with process.noDeprecation / process.throwDeprecation set at run time.
'use strict';
const seen = [];
process.on('warning', (w) => seen.push(w.code));
process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.code, e.message.slice(0, 30)));
process.noDeprecation = true;
console.log(Buffer(1).length);
process.noDeprecation = false;
console.log(Buffer(1).length);
process.emitWarning('later', 'DeprecationWarning', 'DEP_X');
process.throwDeprecation = true;
console.log(Buffer(1).length, 'still no warning: the one DEP0005 was already used up');
try {
  process.emitWarning('thrown?', 'DeprecationWarning', 'DEP_Y');
  console.log('emitWarning returned');
} catch (e) {
  console.log('emitWarning threw synchronously', e.code);
}
setImmediate(() => console.log('warnings', seen));
