// Read offsets: out of range, fractional, non-number, on short and empty buffers; exact messages.
'use strict';
const b = Buffer.alloc(6, 1);
const methods = ['readUInt8', 'readInt8', 'readUInt16LE', 'readInt16BE', 'readUInt32LE', 'readInt32BE',
  'readFloatLE', 'readDoubleBE', 'readBigInt64LE', 'readBigUInt64BE'];
const offsets = [-1, 5, 6, 7, 1.5, NaN, Infinity, -Infinity, '1', null, true, {}, 1n, -0, 2 ** 53];
for (const m of methods) {
  for (const o of offsets) {
    let label;
    try { label = typeof o === 'bigint' ? `${o}n` : typeof o === 'object' && o ? '{}' : String(o); } catch { label = '?'; }
    try {
      console.log(m, label, b[m](o));
    } catch (e) {
      console.log(m, label, 'threw', e.name, e.code, e.message);
    }
  }
}
const empty = Buffer.alloc(0);
for (const m of ['readUInt8', 'readUInt16LE', 'readInt32BE', 'readDoubleLE', 'readBigInt64BE']) {
  for (const o of [undefined, 0, 1]) {
    try {
      console.log('empty', m, o, empty[m](o));
    } catch (e) {
      console.log('empty', m, o, 'threw', e.name, e.code, e.message);
    }
  }
}
const short = Buffer.alloc(3);
for (const m of ['readUInt32LE', 'readInt32BE', 'readFloatBE', 'readDoubleLE', 'readBigUInt64LE']) {
  try {
    console.log('short', m, short[m](0));
  } catch (e) {
    console.log('short', m, 'threw', e.name, e.code, e.message);
  }
}
