// Fixed-width integer writes: return values, out-of-range values and offsets, exact messages.
'use strict';
const methods = [['writeUInt8', 0, 255], ['writeInt8', -128, 127], ['writeUInt16LE', 0, 65535],
  ['writeUInt16BE', 0, 65535], ['writeInt16LE', -32768, 32767], ['writeInt16BE', -32768, 32767],
  ['writeUInt32LE', 0, 2 ** 32 - 1], ['writeUInt32BE', 0, 2 ** 32 - 1], ['writeInt32LE', -(2 ** 31), 2 ** 31 - 1],
  ['writeInt32BE', -(2 ** 31), 2 ** 31 - 1]];
for (const [m, min, max] of methods) {
  const vals = [min, max, min - 1, max + 1, 1.5, -1.5, max + 0.5, NaN, Infinity, -Infinity, '5', null, undefined,
    true, 2n, {}, [7]];
  for (const v of vals) {
    const b = Buffer.alloc(6, 0xaa);
    let label;
    try { label = typeof v === 'bigint' ? `${v}n` : v && typeof v === 'object' ? JSON.stringify(v) : String(v); } catch { label = '?'; }
    try {
      const r = b[m](v, 1);
      console.log(m, label, r, b.toString('hex'));
    } catch (e) {
      console.log(m, label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)', b.toString('hex'));
    }
  }
  for (const o of [undefined, -1, 3, 5, 6, 1.5, '1', NaN, null]) {
    const b = Buffer.alloc(6, 0xaa);
    try {
      const r = b[m](1, o);
      console.log(m, 'offset', String(o), r, b.toString('hex'));
    } catch (e) {
      console.log(m, 'offset', String(o), 'threw', e.name, e.code, e.message);
    }
  }
  try {
    Buffer.alloc(6)[m](max + 1, 10);
  } catch (e) {
    console.log(m, 'bad value and offset', e.code, e.message);
  }
}
