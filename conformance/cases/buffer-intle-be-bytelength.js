// readIntLE/BE, readUIntLE/BE, writeIntLE/BE, writeUIntLE/BE with byteLength 1..6 and invalid ones.
'use strict';
const src = Buffer.from([0x01, 0x82, 0x03, 0xf4, 0x05, 0xa6, 0x07, 0xff]);
for (let w = 1; w <= 6; w++) {
  const out = [];
  for (let o = 0; o + w <= src.length; o++) {
    out.push([src.readUIntLE(o, w), src.readUIntBE(o, w), src.readIntLE(o, w), src.readIntBE(o, w)].join('/'));
  }
  console.log('read', w, out.join(' '));
}
for (let w = 1; w <= 6; w++) {
  const umax = 2 ** (8 * w) - 1;
  const smin = -(2 ** (8 * w - 1));
  const smax = 2 ** (8 * w - 1) - 1;
  const cases = [['writeUIntLE', [0, umax, umax + 1, -1, 1.5]], ['writeUIntBE', [umax, umax + 1]],
    ['writeIntLE', [smin, smax, smin - 1, smax + 1, -1]], ['writeIntBE', [smin, smax, smin - 1, smax + 1]]];
  for (const [m, vals] of cases) {
    for (const v of vals) {
      const b = Buffer.alloc(8, 0xee);
      try {
        const r = b[m](v, 1, w);
        console.log(m, w, v, r, b.toString('hex'));
      } catch (e) {
        console.log(m, w, v, 'threw', e.name, e.code, e.message);
      }
    }
  }
}
const bad = [0, 7, 1.5, '2', undefined, null, NaN, -1, Infinity];
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  for (const w of bad) {
    try {
      console.log(m, String(w), src[m](0, w));
    } catch (e) {
      console.log(m, String(w), 'threw', e.name, e.code, e.message);
    }
  }
  for (const o of [undefined, -1, 3, 7, 1.5, '0']) {
    try {
      console.log(m, 'offset', String(o), src[m](o, 2));
    } catch (e) {
      console.log(m, 'offset', String(o), 'threw', e.name, e.code, e.message);
    }
  }
}
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  for (const w of bad) {
    try {
      console.log(m, String(w), Buffer.alloc(8)[m](1, 0, w));
    } catch (e) {
      console.log(m, String(w), 'threw', e.name, e.code, e.message);
    }
  }
  for (const o of [undefined, -1, 7, 1.5, '0']) {
    try {
      console.log(m, 'offset', String(o), Buffer.alloc(8)[m](1, o, 2));
    } catch (e) {
      console.log(m, 'offset', String(o), 'threw', e.name, e.code, e.message);
    }
  }
  try {
    console.log(m, 'value string', Buffer.alloc(8)[m]('5', 0, 2));
  } catch (e) {
    console.log(m, 'value string', 'threw', e.name, e.code, e.message);
  }
}
