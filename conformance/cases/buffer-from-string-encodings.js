// Buffer.from(string, encoding) for every encoding name, alias and case variant.
'use strict';
const names = ['utf8', 'utf-8', 'UTF8', 'UTF-8', 'Utf8', 'uTf-8', 'ucs2', 'ucs-2', 'UCS2', 'UCS-2',
  'utf16le', 'utf-16le', 'UTF16LE', 'UTF-16LE', 'Utf16Le', 'latin1', 'LATIN1', 'Latin1', 'binary',
  'Binary', 'BINARY', 'ascii', 'ASCII', 'Ascii', 'base64', 'BASE64', 'Base64', 'base64url',
  'BASE64URL', 'Base64Url', 'hex', 'HEX', 'Hex'];
const s = 'héllo wörld €😀 ÿ';
for (const n of names) {
  const b = Buffer.from(s, n);
  console.log(n.padEnd(10), Buffer.isEncoding(n), b.length, b.toString('hex'));
}
for (const n of [undefined, null, '', 0, false]) {
  try {
    console.log(String(n), Buffer.from('abc', n).toString('hex'));
  } catch (e) {
    console.log(String(n), 'threw', e.name, e.code, e.message);
  }
}
for (const n of ['utf32', 'utf-16', 'latin-1', 'bin', 'base-64', ' utf8', 'utf8 ', 'hex\0', 'raw', 'ucs-2le',
  'buffer', 'UTF-16', 'utf16', {}, 1]) {
  try {
    console.log(JSON.stringify(n), Buffer.from('abc', n).toString('hex'));
  } catch (e) {
    console.log(JSON.stringify(n), 'threw', e.name, e.code, e.message);
  }
}
