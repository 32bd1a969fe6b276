'use strict';
// fstat/fstatSync/FileHandle.stat: results follow writes through the descriptor; errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-fstat-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
const file = path.join(dir, 'file');
const fd = fs.openSync(file, 'w+');
console.log('empty', fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.writeSync(fd, 'hello');
console.log('after write', fs.fstatSync(fd).size);
console.log('bigint', typeof fs.fstatSync(fd, { bigint: true }).size);
const dfd = fs.openSync(dir, 'r');
console.log('dir fd', fs.fstatSync(dfd).isDirectory());
fs.closeSync(dfd);
for (const bad of [-1, 1.5, '3', null, undefined, 2 ** 31]) {
  try {
    fs.fstatSync(bad);
  } catch (e) {
    show(`bad ${bad}`, e);
  }
}
try {
  fs.fstatSync(fd, 'nope');
  console.log('string options accepted');
} catch (e) {
  show('string options', e);
}
fs.fstat(fd, (err, s) => {
  console.log('callback', err, s.size, s instanceof fs.Stats);
  fs.fstat(fd, { bigint: true }, (err2, s2) => {
    console.log('callback bigint', err2, s2.size);
    fs.closeSync(fd);
    fs.fstat(fd, (err3, s3) => {
      show('callback closed', err3);
      console.log('stats', s3);
      fs.promises.open(file).then(async (fh) => {
        const s4 = await fh.stat();
        console.log('filehandle', s4.size, s4 instanceof fs.Stats);
        const s5 = await fh.stat({ bigint: true });
        console.log('filehandle bigint', s5.size);
        await fh.close();
      });
    });
  });
});
