// The Buffer global: typeof, property descriptor, identity with require('buffer'), prototype chain.
'use strict';
console.log(typeof Buffer, typeof globalThis.Buffer, Buffer === require('buffer').Buffer);
const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
console.log(d && Object.keys(d).sort(), d && d.writable, d && d.enumerable, d && d.configurable,
  d && typeof d.get, d && typeof d.value);
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Buffer.name, Buffer.length, typeof Buffer.prototype.constructor, Buffer.prototype.constructor === Buffer);
console.log(Buffer.from('a').constructor === Buffer, Buffer.from('a').constructor.name);
console.log(Buffer[Symbol.species] === Buffer, typeof Buffer[Symbol.species]);
console.log(Object.keys(globalThis).includes('Buffer'));
console.log(Buffer.prototype instanceof Uint8Array, Buffer.from('x') instanceof Uint8Array);
console.log(Object.prototype.toString.call(Buffer.from('x')), Buffer.from('x')[Symbol.toStringTag]);
console.log(ArrayBuffer.isView(Buffer.alloc(1)));
const pd = Object.getOwnPropertyDescriptor(Buffer, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);
const fd = Object.getOwnPropertyDescriptor(Buffer, 'from');
console.log(fd.writable, fd.enumerable, fd.configurable);
const pool = Object.getOwnPropertyDescriptor(Buffer, 'poolSize');
console.log(pool.writable, pool.enumerable, pool.configurable);
console.log(typeof Buffer.isBuffer, Buffer.isBuffer.name, Buffer.from.name, Buffer.alloc.name,
  Buffer.allocUnsafe.name, Buffer.allocUnsafeSlow.name, Buffer.concat.name, Buffer.byteLength.name);
