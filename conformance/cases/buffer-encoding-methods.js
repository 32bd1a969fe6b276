// The per-encoding methods (utf8Slice, hexWrite, latin1Slice, ...) and their argument handling.
'use strict';
const b = Buffer.from('héllo wörld');
const t = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  t(`${enc}Slice()`, () => b[`${enc}Slice`]());
  t(`${enc}Slice(1, 4)`, () => b[`${enc}Slice`](1, 4));
  t(`${enc}Slice(4, 1)`, () => b[`${enc}Slice`](4, 1));
  t(`${enc}Slice(1, 100)`, () => b[`${enc}Slice`](1, 100));
  t(`${enc}Slice(-1)`, () => b[`${enc}Slice`](-1));
  t(`${enc}Slice('2')`, () => b[`${enc}Slice`]('2'));
  const w = Buffer.alloc(6, 0x2e);
  t(`${enc}Write`, () => [w[`${enc}Write`]('6162', 1), w.toString('hex')]);
  t(`${enc}Write len`, () => [Buffer.alloc(6)[`${enc}Write`]('616263', 0, 1)]);
  t(`${enc}Write offset past`, () => Buffer.alloc(6)[`${enc}Write`]('61', 7));
  t(`${enc}Write non-string`, () => Buffer.alloc(6)[`${enc}Write`](5));
}
t('utf8Write negative offset', () => Buffer.alloc(4).utf8Write('ab', -1));
t('utf8Slice on u8', () => Buffer.prototype.utf8Slice.call(new Uint8Array([104, 105])));
