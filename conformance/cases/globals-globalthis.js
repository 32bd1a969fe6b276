console.log(typeof globalThis, globalThis === global, globalThis.globalThis === globalThis);
console.log(Object.prototype.toString.call(globalThis));
globalThis.fromGlobal = 'set on globalThis';
console.log(fromGlobal);
const names = ['console', 'process', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'performance'];
for (const n of names) console.log(n, typeof globalThis[n]);
console.log(typeof window, typeof self, typeof require, typeof navigator);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable, Object.getOwnPropertyDescriptor(globalThis, 'setTimeout').enumerable);
