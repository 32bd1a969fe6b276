// Buffer.byteLength across encodings and input kinds.
'use strict';
const strs = ['', 'a', 'abc', 'é', '€', '😀', '\ud800', '\udc00', '\ud800\udc00', 'a\u0000b',
  'aGVsbG8=', 'aGVsbG8', 'aGVs bG8=', '====', 'YQ', 'Y', 'abcd', 'ab-_', '  ', 'abc', 'abcdefghi', '0', '01',
  'zz', 'a=b', 'YQ==YQ=='];
const encs = ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'UTF8',
  'HEX', 'BASE64', undefined, 'bogus'];
for (const enc of encs) {
  console.log(String(enc), strs.map((s) => Buffer.byteLength(s, enc)).join(','));
}
const t = (label, ...args) => {
  try {
    console.log(label, Buffer.byteLength(...args));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
t('buffer', Buffer.alloc(7));
t('u16', new Uint16Array(3));
t('f64', new Float64Array(2));
t('dataview', new DataView(new ArrayBuffer(5)));
t('arraybuffer', new ArrayBuffer(9));
t('sab', new SharedArrayBuffer(3));
t('number', 5);
t('null', null);
t('undefined');
t('object', {});
t('array', [1, 2, 3]);
t('boxed string', new String('abc'));
t('long base64', 'A'.repeat(1000) + '==', 'base64');
t('enc number', 'abc', 5);
t('mustMatch-like third arg', 'abc', 'utf8', true);
t('mustMatch bogus encoding', 'abc', 'bogus', true);
t('mustMatch no encoding', 'abc', undefined, true);
t('mustMatch empty string', '', 'bogus', true);
t('mustMatch not true', 'abc', 'bogus', 1);
t('bogus encoding', 'abc', 'bogus');
