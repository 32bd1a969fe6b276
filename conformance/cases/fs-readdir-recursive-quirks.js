'use strict';
// Node 20 details of recursive readdir: the callback form runs synchronously, and the
// buffer encoding throws from the sync/callback forms but works in fs.promises.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readdir-recursive-quirks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a', 'b', 'x'), '');
console.log('before');
fs.readdir(dir, { recursive: true }, (err, names) => console.log('callback', err, names));
console.log('after');
try {
  fs.readdir(path.join(dir, 'missing'), { recursive: true }, (err) => console.log('missing callback', err.code));
} catch (e) {
  console.log('missing threw', e.code, e.syscall, e.message.replaceAll(dir, 'TMP'));
}
console.log('after missing');
try {
  fs.readdir(dir, { recursive: true, encoding: 'buffer' }, (err, names) => console.log('buffer callback', err, names));
} catch (e) {
  console.log('buffer callback threw', e.name, e.code);
}
fs.promises.readdir(dir, { recursive: true, encoding: 'buffer' }).then(
  (names) => console.log('promise buffer', names),
  (e) => console.log('promise buffer', e.code),
);
fs.promises.readdir(dir, { recursive: true, encoding: 'hex' }).then(
  (names) => console.log('promise hex', names),
  (e) => console.log('promise hex', e.code),
);
fs.readdir(dir, { recursive: true, encoding: 'hex' }, (err, names) => console.log('callback hex', err, names));
