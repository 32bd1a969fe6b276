// With --throw-deprecation, the first Buffer() call throws the DEP0005 warning itself.
'use strict';
try {
  Buffer(2);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e.message, e instanceof Error);
}
try {
  new Buffer('x');
  console.log('second call did not throw');
} catch (e) {
  console.log('second', e.name, e.code);
}
console.log(Buffer.alloc(1).length);
