'use strict';
// timingSafeEqual: equal and unequal inputs of every view type, length mismatch, bad types.
const crypto = require('crypto');

function t(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, JSON.stringify(Object.keys(e)));
  }
}

t('equal', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secret')));
t('unequal', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secreT')));
t('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
t('mixed views', () => crypto.timingSafeEqual(new Uint16Array([0x6261]), Buffer.from('ab')));
t('dataview', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), Buffer.alloc(2)));
t('arraybuffer', () => crypto.timingSafeEqual(new ArrayBuffer(2), new ArrayBuffer(2)));
t('NaN bytes', () => crypto.timingSafeEqual(new Float64Array([NaN]), new Float64Array([NaN])));
t('subarray', () => crypto.timingSafeEqual(Buffer.from('xxabxx').subarray(2, 4), Buffer.from('ab')));
t('length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
t('length u16', () => crypto.timingSafeEqual(new Uint16Array(1), Buffer.from('a')));
t('string first', () => crypto.timingSafeEqual('a', Buffer.from('ab')));
t('string second', () => crypto.timingSafeEqual(Buffer.from('ab'), 'ab'));
t('undefined', () => crypto.timingSafeEqual());
t('array', () => crypto.timingSafeEqual([1], [1]));
const a = crypto.randomBytes(32);
t('random self', () => crypto.timingSafeEqual(a, Buffer.from(a)));
