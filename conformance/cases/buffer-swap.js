// swap16/32/64 on aligned and unaligned lengths, views, and their errors.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const seq = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i + 1));
for (const n of [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 200]) {
  for (const m of ['swap16', 'swap32', 'swap64']) {
    t(`${m} ${n}`, () => {
      const b = seq(n);
      const r = b[m]();
      return (r === b) + ' ' + (n > 24 ? b.subarray(0, 16).toString('hex') + '..' + b.subarray(-8).toString('hex') : b.toString('hex'));
    });
  }
}
t('view swap16', () => { const b = seq(8); b.subarray(1, 5).swap16(); return b.toString('hex'); });
t('view swap32', () => { const b = seq(9); b.subarray(1, 9).swap32(); return b.toString('hex'); });
t('view swap64 odd offset', () => { const b = seq(17); b.subarray(1, 17).swap64(); return b.toString('hex'); });
t('swap16 call on u8', () => { const u = new Uint8Array([1, 2]); Buffer.prototype.swap16.call(u); return Array.from(u); });
t('swap twice', () => seq(8).swap64().swap64().toString('hex'));
