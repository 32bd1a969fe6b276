// Buffer.prototype: own property names in order, method names and lengths, property descriptors.
'use strict';
const names = Object.getOwnPropertyNames(Buffer.prototype);
console.log(names.length);
console.log(names.join(' '));
console.log(Object.getOwnPropertySymbols(Buffer.prototype).map(String));
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Buffer.prototype, n);
  const v = d.value;
  console.log(n, typeof v === 'function' ? `fn ${v.name}/${v.length}` : d.get ? 'accessor' : typeof v,
    d.writable, d.enumerable, d.configurable);
}
const forIn = [];
for (const k in Buffer.from('')) forIn.push(k);
console.log(forIn.join(' '));
