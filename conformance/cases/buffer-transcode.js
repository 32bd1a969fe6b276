// buffer.transcode between utf8, ucs2/utf16le, latin1/binary and ascii, and its errors.
'use strict';
const { transcode } = require('buffer');
const t = (label, fn) => {
  try {
    const r = fn();
    console.log(label, r instanceof Buffer, r.length, r.toString('hex'));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, e.errno);
  }
};
const src = Buffer.from('aé€😀\u0000z');
const encs = ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'UTF-8', 'UCS-2'];
for (const from of ['utf8', 'utf16le', 'latin1', 'ascii']) {
  const input = Buffer.from('aé€😀\u0000z', from);
  for (const to of encs) t(`${from} -> ${to}`, () => transcode(input, from, to));
}
t('invalid utf8 -> ucs2', () => transcode(Buffer.from([0x61, 0xff, 0xc3]), 'utf8', 'ucs2'));
t('lone surrogate ucs2 -> utf8', () => transcode(Buffer.from([0x00, 0xd8, 0x61, 0x00]), 'ucs2', 'utf8'));
t('odd ucs2 -> utf8', () => transcode(Buffer.from([0x61, 0x00, 0x62]), 'ucs2', 'utf8'));
t('high latin1 -> ascii', () => transcode(Buffer.from([0x41, 0xe9, 0x80]), 'latin1', 'ascii'));
t('high ascii -> utf8', () => transcode(Buffer.from([0x41, 0xe9]), 'ascii', 'utf8'));
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
t('empty bad enc', () => transcode(Buffer.alloc(0), 'nope', 'ucs2'));
t('u8 source', () => transcode(new Uint8Array([0x61]), 'utf8', 'ucs2'));
t('hex target', () => transcode(src, 'utf8', 'hex'));
t('base64 source', () => transcode(src, 'base64', 'utf8'));
t('bad from', () => transcode(src, 'nope', 'utf8'));
t('undefined encs', () => transcode(src));
t('string source', () => transcode('abc', 'utf8', 'ucs2'));
t('arraybuffer source', () => transcode(new ArrayBuffer(2), 'utf8', 'ucs2'));
t('same', () => transcode(src, 'utf8', 'utf8'));
