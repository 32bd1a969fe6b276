// Float and Double reads/writes: NaN, -0, Infinity, denormals, rounding to float32, errors.
'use strict';
const vals = [0, -0, 1, -1, 0.1, 1.5, Math.PI, NaN, Infinity, -Infinity, 3.4028234663852886e38, 3.5e38,
  1e-45, 1.4e-45, 1e-46, 5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, Number.MIN_VALUE, 16777217,
  '2.5', null, undefined, true, 'abc', {}];
for (const v of vals) {
  const label = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' && v ? '{}' : Object.is(v, -0) ? '-0' : String(v);
  const out = [];
  for (const [w, r] of [['writeFloatLE', 'readFloatLE'], ['writeFloatBE', 'readFloatBE'],
    ['writeDoubleLE', 'readDoubleLE'], ['writeDoubleBE', 'readDoubleBE']]) {
    const b = Buffer.alloc(9);
    try {
      const ret = b[w](v, 1);
      const back = b[r](1);
      out.push(`${ret}:${b.toString('hex')}:${Object.is(back, -0) ? '-0' : back}`);
    } catch (e) {
      out.push(`threw ${e.code}`);
    }
  }
  console.log(label, out.join(' '));
}
const nan = Buffer.from('7ff8000000000001', 'hex');
console.log(nan.readDoubleBE(), Buffer.from('ffc00001', 'hex').readFloatBE());
console.log(Buffer.from('0000803f', 'hex').readFloatLE(), Buffer.from('3f800000', 'hex').readFloatBE());
for (const m of ['writeFloatLE', 'writeDoubleBE']) {
  for (const o of [-1, 6, 1.5, '0', NaN]) {
    try {
      console.log(m, String(o), Buffer.alloc(8)[m](1, o));
    } catch (e) {
      console.log(m, String(o), 'threw', e.name, e.code, e.message);
    }
  }
}
for (const m of ['readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE']) {
  for (const o of [-1, 5, 1.5, '0', undefined]) {
    try {
      console.log(m, String(o), Buffer.alloc(8, 0x40)[m](o));
    } catch (e) {
      console.log(m, String(o), 'threw', e.name, e.code, e.message);
    }
  }
}
