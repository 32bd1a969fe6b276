'use strict';
// Closing a descriptor twice gives EBADF (sync, callback); close without a callback.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-close-twice-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message), 'path' in e);
const p = path.join(dir, 'file');
fs.writeFileSync(p, 'x');
// Print first: setting up stdout may open a descriptor, which must not take a closed fd's number.
console.log('start');
const fd = fs.openSync(p, 'r');
console.log('first', fs.closeSync(fd));
try {
  fs.closeSync(fd);
} catch (e) {
  show('second', e);
}
for (const op of ['fstatSync', 'fsyncSync', 'ftruncateSync']) {
  try {
    fs[op](fd);
  } catch (e) {
    show(op, e);
  }
}
try {
  fs.readSync(fd, Buffer.alloc(1));
} catch (e) {
  show('readSync', e);
}
try {
  fs.writeSync(fd, 'x');
} catch (e) {
  show('writeSync', e);
}
const fd2 = fs.openSync(p, 'r');
fs.close(fd2, (err) => {
  console.log('callback first', err);
  fs.close(fd2, (err2) => {
    show('callback second', err2);
    const fd3 = fs.openSync(p, 'r');
    console.log('no callback', fs.close(fd3));
    setTimeout(() => {
      try {
        fs.fstatSync(fd3);
        console.log('after default close: still open');
      } catch (e) {
        show('after default close', e);
      }
    }, 20);
  });
});
