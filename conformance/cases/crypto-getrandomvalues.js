'use strict';
// getRandomValues (node:crypto, webcrypto and the global crypto): integer typed arrays of at
// most 65536 bytes, DOMException errors, and the global object's shape.
const nodeCrypto = require('crypto');

function t(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Object.prototype.toString.call(result), result && result.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}

for (const Ctor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new Ctor(8);
  t(Ctor.name, () => {
    const out = crypto.getRandomValues(a);
    if (out !== a) throw new Error('not the same array');
    return out;
  });
}
t('buffer', () => crypto.getRandomValues(Buffer.alloc(4)));
t('empty', () => crypto.getRandomValues(new Uint8Array(0)));
t('65536', () => crypto.getRandomValues(new Uint8Array(65536)));
t('65537', () => crypto.getRandomValues(new Uint8Array(65537)));
t('u32 too big', () => crypto.getRandomValues(new Uint32Array(16385)));
t('float32', () => crypto.getRandomValues(new Float32Array(2)));
t('float64', () => crypto.getRandomValues(new Float64Array(2)));
t('dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t('arraybuffer', () => crypto.getRandomValues(new ArrayBuffer(2)));
t('number', () => crypto.getRandomValues(5));
t('missing', () => crypto.getRandomValues());
t('unbound', () => crypto.getRandomValues.call(undefined, new Uint8Array(2)));
t('module', () => nodeCrypto.getRandomValues(new Uint8Array(3)));
t('module unbound', () => nodeCrypto.getRandomValues.call(undefined, new Uint8Array(3)));
t('module missing', () => nodeCrypto.getRandomValues());
t('webcrypto', () => nodeCrypto.webcrypto.getRandomValues(new Int16Array(3)));

console.log(typeof crypto, Object.prototype.toString.call(crypto), crypto === nodeCrypto.webcrypto);
console.log(Object.keys(globalThis).includes('crypto'));
console.log(typeof crypto.subtle, typeof crypto.subtle.digest, crypto.subtle === nodeCrypto.subtle);
console.log(typeof Crypto, crypto instanceof Crypto, typeof SubtleCrypto);
t('new Crypto', () => new Crypto());
const big = crypto.getRandomValues(new Uint8Array(4096));
console.log('nonzero', big.some((x) => x !== 0));
crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')).then((d) => {
  console.log('subtle digest', Object.prototype.toString.call(d), Buffer.from(d).toString('hex'));
});
