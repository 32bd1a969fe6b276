// Buffer.compare, buf.compare with ranges, buf.equals, and their argument errors.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const a = Buffer.from('abcdef');
const b = Buffer.from('abcxyz');
const c = Buffer.from('abc');
t('static eq', () => Buffer.compare(a, Buffer.from('abcdef')));
t('static lt', () => Buffer.compare(a, b));
t('static gt', () => Buffer.compare(b, a));
t('static prefix', () => Buffer.compare(c, a));
t('static longer', () => Buffer.compare(a, c));
t('static empty', () => Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)));
t('static u8', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2])));
t('static string', () => Buffer.compare(a, 'abc'));
t('static first string', () => Buffer.compare('abc', a));
t('static u16', () => Buffer.compare(a, new Uint16Array(2)));
t('inst range', () => a.compare(b, 0, 3, 0, 3));
t('inst range 2', () => a.compare(b, 3, 6, 3, 6));
t('inst target slice', () => c.compare(a, 0, 3));
t('inst source slice', () => a.compare(c, undefined, undefined, 0, 3));
t('inst empty target range', () => a.compare(b, 2, 2));
t('inst empty source range', () => a.compare(b, 0, 6, 2, 2));
t('inst both empty', () => a.compare(b, 1, 1, 2, 2));
t('inst frac', () => a.compare(b, 0.5, 3.9));
t('inst targetStart -1', () => a.compare(b, -1));
t('inst targetEnd 7', () => a.compare(b, 0, 7));
t('inst sourceStart -1', () => a.compare(b, 0, 6, -1));
t('inst sourceEnd 7', () => a.compare(b, 0, 6, 0, 7));
t('inst start > end', () => a.compare(b, 4, 2));
t('inst source start > end', () => a.compare(b, 0, 6, 5, 1));
t('inst string offsets', () => a.compare(b, '1'));
t('inst NaN', () => a.compare(b, NaN));
t('inst null', () => a.compare(b, null, null, null, null));
t('inst huge', () => a.compare(b, 2 ** 40));
t('inst not buffer', () => a.compare('abc'));
t('equals', () => a.equals(Buffer.from('abcdef')));
t('equals ne', () => a.equals(b));
t('equals u8', () => a.equals(new Uint8Array([97, 98, 99, 100, 101, 102])));
t('equals self', () => a.equals(a));
t('equals string', () => a.equals('abcdef'));
t('equals undefined', () => a.equals());
t('equals arraybuffer', () => a.equals(a.buffer));
t('equals diff lengths', () => c.equals(a));
t('sort', () => [b, a, c, Buffer.from('')].sort(Buffer.compare).map(String).join('|'));
t('compare bytes > 127', () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f])));
