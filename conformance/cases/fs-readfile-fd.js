'use strict';
// readFile/readFileSync/writeFile with a file descriptor: reads from the current position.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readfile-fd-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
const p = path.join(dir, 'file');
fs.writeFileSync(p, '0123456789');
const fd = fs.openSync(p, 'r');
console.log('whole', fs.readFileSync(fd, 'utf8'));
console.log('again (at end)', JSON.stringify(fs.readFileSync(fd, 'utf8')));
const fd2 = fs.openSync(p, 'r');
fs.readSync(fd2, Buffer.alloc(4), 0, 4, null);
console.log('after 4 bytes', fs.readFileSync(fd2, 'utf8'));
fs.closeSync(fd2);
try {
  fs.readFileSync(12345);
} catch (e) {
  show('bad fd', e);
}
const wfd = fs.openSync(p, 'w');
try {
  fs.readFileSync(wfd);
} catch (e) {
  show('write-only fd', e);
}
fs.writeFileSync(wfd, 'abc');
fs.writeFileSync(wfd, 'def');
console.log('writeFileSync fd twice', fs.readFileSync(p, 'utf8'));
fs.appendFileSync(wfd, 'ghi');
console.log('appendFileSync fd', fs.readFileSync(p, 'utf8'));
fs.closeSync(wfd);
fs.closeSync(fd);
const fd3 = fs.openSync(p, 'r');
fs.readFile(fd3, 'utf8', (err, data) => {
  console.log('callback fd', err, data);
  fs.readFile(fd3, (err2, data2) => {
    console.log('callback fd at end', err2, data2);
    fs.closeSync(fd3);
    fs.readFile(fd3, (err3) => {
      show('callback closed fd', err3);
      const fd4 = fs.openSync(p, 'r+');
      fs.writeFile(fd4, 'XY', (err4) => {
        console.log('writeFile fd', err4, fs.readFileSync(p, 'utf8'));
        fs.closeSync(fd4);
      });
    });
  });
});
