// buf.copy: overlapping copies within one buffer, ranges, clamping, and errors.
'use strict';
const t = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const mk = () => Buffer.from('0123456789');
t('basic', () => { const d = Buffer.alloc(4, '.'); const n = mk().copy(d); return [n, d.toString()]; });
t('target start', () => { const d = Buffer.alloc(6, '.'); const n = mk().copy(d, 2); return [n, d.toString()]; });
t('source range', () => { const d = Buffer.alloc(6, '.'); const n = mk().copy(d, 1, 3, 6); return [n, d.toString()]; });
t('overlap forward', () => { const b = mk(); const n = b.copy(b, 2, 0, 6); return [n, b.toString()]; });
t('overlap backward', () => { const b = mk(); const n = b.copy(b, 0, 3); return [n, b.toString()]; });
t('self same', () => { const b = mk(); return [b.copy(b), b.toString()]; });
t('subarray overlap', () => { const b = mk(); const n = b.subarray(0, 8).copy(b.subarray(1), 0); return [n, b.toString()]; });
t('targetStart >= len', () => { const d = Buffer.alloc(3, '.'); return [mk().copy(d, 3), mk().copy(d, 100), d.toString()]; });
t('sourceStart = len', () => { const d = Buffer.alloc(3, '.'); return [mk().copy(d, 0, 10), d.toString()]; });
t('sourceStart > len', () => mk().copy(Buffer.alloc(3), 0, 11));
t('sourceEnd > len', () => { const d = Buffer.alloc(20, '.'); return [mk().copy(d, 0, 5, 100), d.toString()]; });
t('sourceEnd < start', () => mk().copy(Buffer.alloc(3), 0, 5, 2));
t('targetStart -1', () => mk().copy(Buffer.alloc(3), -1));
t('sourceStart -1', () => mk().copy(Buffer.alloc(3), 0, -1));
t('sourceEnd -1', () => mk().copy(Buffer.alloc(3), 0, 0, -1));
t('frac', () => { const d = Buffer.alloc(5, '.'); return [mk().copy(d, 1.7, 2.2, 5.9), d.toString()]; });
t('strings', () => { const d = Buffer.alloc(5, '.'); return [mk().copy(d, '1', '2', '4'), d.toString()]; });
t('NaN', () => { const d = Buffer.alloc(5, '.'); return [mk().copy(d, NaN, NaN, NaN), d.toString()]; });
t('bad strings', () => { const d = Buffer.alloc(5, '.'); return [mk().copy(d, 'x', 'y'), d.toString()]; });
t('null args', () => { const d = Buffer.alloc(5, '.'); return [mk().copy(d, null, null, null), d.toString()]; });
t('Infinity end', () => { const d = Buffer.alloc(5, '.'); return [mk().copy(d, 0, 0, Infinity), d.toString()]; });
t('huge targetStart', () => mk().copy(Buffer.alloc(3), 2 ** 53));
t('huge sourceStart', () => mk().copy(Buffer.alloc(3), 0, 2 ** 53));
t('huge sourceEnd', () => { const d = Buffer.alloc(3, '.'); return [mk().copy(d, 0, 1, 2 ** 60), d.toString()]; });
t('-huge sourceEnd', () => mk().copy(Buffer.alloc(3), 0, 0, -(2 ** 60)));
t('-huge targetStart', () => mk().copy(Buffer.alloc(3), -(2 ** 60)));
t('huge frac-less string', () => { const d = Buffer.alloc(3, '.'); return [mk().copy(d, String(2 ** 53)), d.toString()]; });
t('into u8', () => { const d = new Uint8Array(3); return [mk().copy(d), Array.from(d)]; });
t('into u16', () => mk().copy(new Uint16Array(3)));
t('into array', () => mk().copy([1, 2, 3]));
t('into arraybuffer', () => mk().copy(new ArrayBuffer(3)));
t('no target', () => mk().copy());
t('from u8 via call', () => { const d = Buffer.alloc(3, '.'); return [Buffer.prototype.copy.call(new Uint8Array([65, 66]), d), d.toString()]; });
t('empty source', () => Buffer.alloc(0).copy(Buffer.alloc(3)));
t('empty target', () => mk().copy(Buffer.alloc(0)));
t('bool args', () => { const d = Buffer.alloc(5, '.'); return [mk().copy(d, true, true), d.toString()]; });
