// Buffer.concat with totalLength larger, smaller, fractional, and invalid lists.
'use strict';
const a = Buffer.from('abc');
const b = Buffer.from('defg');
const u = new Uint8Array([0x68, 0x69]);
const t = (label, ...args) => {
  try {
    const r = Buffer.concat(...args);
    console.log(label, r.length, JSON.stringify(r.toString('latin1')), r instanceof Buffer);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
  }
};
t('two', [a, b]);
t('with u8', [a, u, b]);
t('empty list', []);
t('single', [a]);
t('total larger', [a, b], 10);
t('total smaller', [a, b], 5);
t('total 0', [a, b], 0);
t('total frac', [a, b], 4.5);
t('total string', [a, b], '4');
t('total negative', [a, b], -1);
t('total NaN', [a, b], NaN);
t('total huge', [a], 2 ** 33);
t('not array', a);
t('string', 'abc');
t('list with string', [a, 'x']);
t('list with number', [a, 5]);
t('list with array', [a, [1, 2]]);
t('list with null', [null]);
t('list with u16', [new Uint16Array(2)]);
t('list with arraybuffer', [new ArrayBuffer(2)]);
t('array-like', { length: 1, 0: a });
t('undefined');
const single = Buffer.concat([a]);
single[0] = 0x41;
console.log('copy not alias', a.toString(), single.toString());
const big = Buffer.concat([a, b], 5000);
console.log(big.length, big.subarray(7).every((x) => x === 0));
const sparse = [a, , b]; // eslint-disable-line no-sparse-arrays
t('sparse', sparse);
