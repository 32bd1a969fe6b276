'use strict';
// ftruncate/ftruncateSync and truncate with a file descriptor (DEP0081 warning).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-ftruncate-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
const p = path.join(dir, 'file');
const content = () => JSON.stringify(fs.readFileSync(p, 'latin1'));
fs.writeFileSync(p, 'abcdef');
const fd = fs.openSync(p, 'r+');
console.log('shrink', fs.ftruncateSync(fd, 2), content());
console.log('grow', fs.ftruncateSync(fd, 4), content());
console.log('default', fs.ftruncateSync(fd), content());
fs.writeSync(fd, 'xyz', 0);
console.log('negative', fs.ftruncateSync(fd, -1), content());
fs.writeSync(fd, 'xyz', 0);
console.log('truncateSync with fd', fs.truncateSync(fd, 1), content());
const rfd = fs.openSync(p, 'r');
try {
  fs.ftruncateSync(rfd, 0);
} catch (e) {
  show('read-only fd', e);
}
fs.closeSync(rfd);
for (const bad of [1.5, '1', -1, 2 ** 31]) {
  try {
    fs.ftruncateSync(bad, 0);
  } catch (e) {
    show('bad fd ' + bad, e);
  }
}
try {
  fs.ftruncateSync(fd, 'x');
} catch (e) {
  show('bad len', e);
}
fs.ftruncate(fd, 3, (err) => {
  console.log('callback', err, content());
  fs.ftruncate(fd, (err2) => {
    console.log('callback no len', err2, content());
    fs.writeSync(fd, 'qq', 0);
    fs.truncate(fd, 1, (err3) => {
      console.log('truncate fd callback', err3, content());
      fs.closeSync(fd);
    });
  });
});
