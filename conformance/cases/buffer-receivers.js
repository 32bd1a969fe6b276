// Buffer.prototype methods called on plain Uint8Arrays and on non-buffer receivers.
'use strict';
const u = new Uint8Array([104, 105, 33, 0]);
const t = (label, fn) => {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? `<buf ${r.toString('hex')}>` : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.code ? e.message : '(engine message)');
  }
};
const P = Buffer.prototype;
t('toString', () => P.toString.call(u));
t('toString hex', () => P.toString.call(u, 'hex', 1));
t('equals', () => P.equals.call(u, Buffer.from(u)));
t('compare', () => P.compare.call(u, Buffer.from('a')));
t('indexOf', () => P.indexOf.call(u, 'i'));
t('includes', () => P.includes.call(u, 0x21));
t('fill', () => { const x = new Uint8Array(3); P.fill.call(x, 'ab'); return Array.from(x); });
t('write', () => { const x = new Uint8Array(3); return [P.write.call(x, 'xyz', 1), Array.from(x)]; });
t('readUInt16LE', () => P.readUInt16LE.call(u, 0));
t('writeUInt16BE', () => { const x = new Uint8Array(2); P.writeUInt16BE.call(x, 0x0102); return Array.from(x); });
t('toJSON', () => JSON.stringify(P.toJSON.call(u)));
t('slice', () => P.slice.call(u, 1, 3));
t('subarray', () => P.subarray.call(u, 1, 3));
t('inspect', () => P.inspect.call(u));
t('swap16', () => Array.from(P.swap16.call(new Uint8Array([1, 2]))));
t('readDoubleLE', () => P.readDoubleLE.call(new Uint8Array(8)));
t('toString on array', () => P.toString.call([104, 105]));
t('toString on object', () => P.toString.call({}));
t('equals on object', () => P.equals.call({}, Buffer.alloc(0)));
t('readUInt8 on array', () => P.readUInt8.call([5], 0));
t('readUInt8 on u16', () => P.readUInt8.call(new Uint16Array([300]), 0));
t('write on u16', () => P.write.call(new Uint16Array(2), 'ab'));
t('toString on u16', () => P.toString.call(new Uint16Array([0x6968])));
t('indexOf on u16', () => P.indexOf.call(new Uint16Array([0x6968]), 'i'));
