'use strict';
// randomBytes: sizes, the callback form (async, on the pool), and size/callback checks.
// Random values are never printed: only lengths and types.
const crypto = require('crypto');

function t(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', Buffer.isBuffer(result) ? `Buffer(${result.length})` : result);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const size of [0, 1, 16, 1.5, 1000, 65537]) t(`size ${size}`, () => crypto.randomBytes(size));
t('distinct', () => !crypto.randomBytes(32).equals(crypto.randomBytes(32)));
t('negative', () => crypto.randomBytes(-1));
t('NaN', () => crypto.randomBytes(NaN));
t('Infinity', () => crypto.randomBytes(Infinity));
t('too big', () => crypto.randomBytes(2 ** 31));
t('string', () => crypto.randomBytes('10'));
t('undefined', () => crypto.randomBytes());
t('bigint', () => crypto.randomBytes(10n));
t('bad callback', () => crypto.randomBytes(5, 'x'));
t('null callback', () => crypto.randomBytes(5, null));
t('bad size with callback', () => crypto.randomBytes(-1, () => {}));

let sync = true;
crypto.randomBytes(24, function(err, buf) {
  console.log('callback', err, arguments.length, Buffer.isBuffer(buf), buf.length, sync);
  crypto.randomBytes(0, (err2, empty) => console.log('empty', err2, empty.length));
});
sync = false;
const big = crypto.randomBytes(1 << 20);
let zeros = 0;
for (const b of big) if (b === 0) zeros++;
console.log('mostly nonzero', zeros < 10000);
console.log(crypto.pseudoRandomBytes === undefined || typeof crypto.pseudoRandomBytes === 'function');
