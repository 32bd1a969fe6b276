'use strict';
// fs.readSync argument forms: positional, options object, buffer only; position null/number/bigint.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readsync-forms-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const p = path.join(dir, 'file');
fs.writeFileSync(p, '0123456789abcdef');
const fd = fs.openSync(p, 'r');
function show(label, n, b) {
  console.log(label, n, JSON.stringify(b.toString('latin1')));
}
let b = Buffer.alloc(6, '.');
show('positional', fs.readSync(fd, b, 1, 4, 2), b);
b = Buffer.alloc(6, '.');
show('position null (cursor 0)', fs.readSync(fd, b, 0, 3, null), b);
b = Buffer.alloc(6, '.');
show('position null again', fs.readSync(fd, b, 0, 3, null), b);
b = Buffer.alloc(6, '.');
show('position -1', fs.readSync(fd, b, 0, 3, -1), b);
b = Buffer.alloc(6, '.');
show('position bigint', fs.readSync(fd, b, 0, 3, 10n), b);
b = Buffer.alloc(6, '.');
show('position undefined', fs.readSync(fd, b, 0, 3), b);
b = Buffer.alloc(6, '.');
show('buffer only', fs.readSync(fd, b), b);
b = Buffer.alloc(6, '.');
show('options {}', fs.readSync(fd, b, {}), b);
b = Buffer.alloc(6, '.');
show('options full', fs.readSync(fd, b, { offset: 2, length: 2, position: 0 }), b);
b = Buffer.alloc(6, '.');
show('options position only', fs.readSync(fd, b, { position: 14 }), b);
b = Buffer.alloc(6, '.');
show('options bigint position', fs.readSync(fd, b, { position: 1n, length: 1 }), b);
b = Buffer.alloc(6, '.');
show('past EOF', fs.readSync(fd, b, 0, 6, 100), b);
b = Buffer.alloc(6, '.');
show('length 0', fs.readSync(fd, b, 0, 0, 0), b);
b = Buffer.alloc(6, '.');
try {
  show('offset only positional', fs.readSync(fd, b, 3), b);
} catch (e) {
  console.log('offset only positional', e.name, e.code, e.message);
}
b = Buffer.alloc(6, '.');
show('null options', fs.readSync(fd, b, null), b);
const u16 = new Uint16Array(2);
console.log('Uint16Array', fs.readSync(fd, u16, 0, 4, 0), Array.from(u16));
const dv = new DataView(new ArrayBuffer(4));
console.log('DataView', fs.readSync(fd, dv, 0, 4, 4), dv.getUint32(0).toString(16));
const sub = Buffer.alloc(10, '.').subarray(3, 7);
console.log('subarray', fs.readSync(fd, sub, 0, 4, 0), JSON.stringify(sub.buffer ? Buffer.from(sub.buffer, sub.byteOffset - 3, 10).toString('latin1') : ''));
fs.closeSync(fd);
