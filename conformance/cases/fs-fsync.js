'use strict';
// fsync/fdatasync in all styles, on files and directories, and with bad descriptors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-fsync-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
const file = path.join(dir, 'file');
const fd = fs.openSync(file, 'w');
fs.writeSync(fd, 'data');
console.log('fsyncSync', fs.fsyncSync(fd), 'fdatasyncSync', fs.fdatasyncSync(fd));
const dfd = fs.openSync(dir, 'r');
console.log('dir fsyncSync', fs.fsyncSync(dfd));
fs.closeSync(dfd);
for (const [label, fn] of [
  ['fsync -1', () => fs.fsyncSync(-1)],
  ['fsync closed', () => fs.fsyncSync(dfd)],
  ['fdatasync string', () => fs.fdatasyncSync('1')],
  ['fsync float', () => fs.fsyncSync(1.5)],
  ['fsync no callback', () => fs.fsync(fd)],
  ['fdatasync no callback', () => fs.fdatasync(fd, 'x')],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    show(label, e);
  }
}
fs.fsync(fd, (err, ...rest) => {
  console.log('fsync callback', err, rest);
  fs.fdatasync(fd, (err2, ...rest2) => {
    console.log('fdatasync callback', err2, rest2);
    fs.closeSync(fd);
    fs.fsync(fd, (err3) => {
      show('fsync closed callback', err3);
      (async () => {
        const fh = await fs.promises.open(file, 'r+');
        console.log('filehandle', await fh.sync(), await fh.datasync());
        await fh.close();
      })();
    });
  });
});
