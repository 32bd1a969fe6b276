'use strict';
// File names with non-ASCII characters, spaces, newlines and leading dashes round-trip through
// readdir in utf8, buffer and latin1 encodings.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-unicode-names-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const names = ['héllo', '日本語', 'emoji-😀', 'with space', 'new\nline', '-dash', 'tab\there', "quote'\"", '%41', 'back\\slash'];
for (const n of names) fs.writeFileSync(path.join(dir, n), n);
const listed = fs.readdirSync(dir).sort();
console.log(listed);
console.log('contents match', listed.every((n) => fs.readFileSync(path.join(dir, n), 'utf8') === n));
console.log('buffers', fs.readdirSync(dir, 'buffer').map((b) => b.toString('hex')).sort());
console.log('latin1', fs.readdirSync(dir, 'latin1').sort());
console.log('dirents', fs.readdirSync(dir, { withFileTypes: true }).map((d) => d.name).sort().join('|'));
const latin1Name = Buffer.from([0x66, 0xe9]);
fs.writeFileSync(Buffer.concat([Buffer.from(dir + '/'), latin1Name]), 'raw byte');
const raw = fs.readdirSync(dir, 'buffer').find((b) => b.length === 2 && b[1] === 0xe9);
console.log('non-utf8 name', raw, JSON.stringify(fs.readdirSync(dir).find((n) => n.startsWith('f') && n.length === 2)));
try {
  fs.writeFileSync(path.join(dir, 'x'.repeat(256)), '');
} catch (e) {
  console.log('long name', e.code, e.errno, e.syscall);
}
console.log('255 ok', fs.writeFileSync(path.join(dir, 'y'.repeat(255)), ''), fs.existsSync(path.join(dir, 'y'.repeat(255))));
