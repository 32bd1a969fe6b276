// UCS-2 / UTF-16LE searches: only matches at even byte offsets count, with and without byteOffset.
'use strict';
const b = Buffer.from('abcd€x', 'ucs2');
console.log(b.toString('hex'));
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
for (const enc of ['ucs2', 'ucs-2', 'utf16le', 'UTF-16LE']) {
  t(enc, () => [b.indexOf('b', enc), b.lastIndexOf('b', enc), b.indexOf('€', enc), b.indexOf('cd', 0, enc)]);
}
// 'b\0c' where an odd-offset match exists: bytes 62 00 63 00 → searching for "\u6300" (00 63) matches only at odd.
t('odd only', () => [b.indexOf('\u6300', 'ucs2'), b.lastIndexOf('\u6300', 'ucs2'), b.indexOf(Buffer.from('0063', 'hex'))]);
t('offsets', () => [b.indexOf('c', 3, 'ucs2'), b.indexOf('c', 4, 'ucs2'), b.indexOf('c', 5, 'ucs2'),
  b.lastIndexOf('c', 5, 'ucs2'), b.lastIndexOf('c', 4, 'ucs2'), b.lastIndexOf('c', 3, 'ucs2')]);
t('negative', () => [b.indexOf('x', -2, 'ucs2'), b.indexOf('x', -3, 'ucs2'), b.lastIndexOf('a', -11, 'ucs2')]);
t('empty', () => [b.indexOf('', 'ucs2'), b.indexOf('', 3, 'ucs2'), b.lastIndexOf('', 'ucs2')]);
t('buffer needle ucs2 enc', () => [b.indexOf(Buffer.from('c', 'ucs2'), 0, 'ucs2'), b.indexOf(Buffer.from([0, 0x63]), 0, 'ucs2')]);
t('one byte buffer needle ucs2', () => b.indexOf(Buffer.from([0x63]), 0, 'ucs2'));
const odd = Buffer.from([0x61, 0x00, 0x62, 0x00, 0x63]);
t('odd-length haystack', () => [odd.indexOf('b', 'ucs2'), odd.lastIndexOf('b', 'ucs2'), odd.indexOf('c', 'ucs2')]);
const one = Buffer.from([0x61]);
t('1-byte haystack', () => [one.indexOf('a', 'ucs2'), one.lastIndexOf('a', 'ucs2')]);
t('surrogate pair', () => Buffer.from('x😀y', 'ucs2').indexOf('😀', 'ucs2'));
t('odd-length buffer needle', () => [b.indexOf(Buffer.from([0x63, 0x00, 0xff]), 0, 'ucs2'),
  b.lastIndexOf(Buffer.from([0x64, 0x00, 0x00]), undefined, 'ucs2'), b.indexOf(Buffer.from([0x63, 0x00, 0x64]), 0, 'ucs2')]);
// (A 2-byte needle against the odd last byte is left out: node reads past the end of the buffer there.)
t('odd-length haystack tail', () => odd.indexOf(Buffer.from([0x63]), 0, 'ucs2'));
t('includes', () => [b.includes('d€', 'ucs2'), b.includes('€x', 'utf16le'), b.includes('zz', 'ucs2')]);
// Empty needles in UCS-2 on odd and even lengths: string needles vs. buffer needles.
for (const len of [0, 1, 2, 3, 4, 5]) {
  const h = Buffer.alloc(len, 'h');
  const r = [];
  for (const o of [undefined, 0, 1, 2, 3, 4, 5, 100, -1, -2, -3]) {
    r.push(`${h.indexOf('', o, 'ucs2')}/${h.lastIndexOf('', o, 'ucs2')}/${h.indexOf(Buffer.alloc(0), o, 'ucs2')}/` +
      `${h.lastIndexOf(Buffer.alloc(0), o, 'ucs2')}`);
  }
  console.log('empty needle len', len, r.join(' '));
}
