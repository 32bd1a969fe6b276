// Buffer.isBuffer and Buffer.isEncoding with many kinds of values.
'use strict';
const vals = [Buffer.alloc(1), new Uint8Array(1), new ArrayBuffer(1), 'abc', null, undefined, {},
  Object.create(Buffer.prototype), Buffer.from('x').subarray(0, 0)];
console.log(vals.map((v) => Buffer.isBuffer(v)).join(','));
class Sub extends Buffer {}
console.log(typeof Sub);
const encs = ['utf8', 'UTF8', 'utf-8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'UTF-16LE', 'latin1',
  'binary', 'BINARY', 'ascii', 'base64', 'base64url', 'hex', 'Hex', 'utf16', 'utf-16', 'utf32', '', 'raw',
  'raws', 'buffer', ' utf8', 'utf8 ', 'latin-1', 'ucs2le'];
for (const e of encs) console.log(JSON.stringify(e), Buffer.isEncoding(e));
for (const v of [null, undefined, 1, {}, [], ['utf8'], { toString() { return 'utf8'; } }, true, new String('utf8')]) {
  let label;
  try { label = JSON.stringify(v); } catch { label = '?'; }
  console.log(String(label), Buffer.isEncoding(v));
}
