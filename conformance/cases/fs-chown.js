'use strict';
// chown/fchown/lchown to the current owner succeed in all styles; argument validation.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-chown-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
fs.symlinkSync('file', path.join(dir, 'link'));
const { uid, gid } = fs.statSync(file);
console.log('chownSync', fs.chownSync(file, uid, gid));
console.log('lchownSync', fs.lchownSync(path.join(dir, 'link'), uid, gid));
const fd = fs.openSync(file, 'r');
console.log('fchownSync', fs.fchownSync(fd, uid, gid));
console.log('-1 keeps', fs.chownSync(file, -1, -1));
for (const [label, fn] of [
  ['missing', () => fs.chownSync(path.join(dir, 'nope'), uid, gid)],
  ['uid string', () => fs.chownSync(file, String(uid), gid)],
  ['gid missing', () => fs.chownSync(file, uid)],
  ['uid -2', () => fs.chownSync(file, -2, gid)],
  ['uid float', () => fs.chownSync(file, 1.5, gid)],
  ['uid too big', () => fs.chownSync(file, 2 ** 32, gid)],
  ['fchown bad fd', () => fs.fchownSync(-1, uid, gid)],
  ['lchown missing', () => fs.lchownSync(path.join(dir, 'nope'), uid, gid)],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    show(label, e);
  }
}
fs.chown(file, uid, gid, (err, ...rest) => {
  console.log('callback', err, rest);
  fs.fchown(fd, uid, gid, (err2) => {
    console.log('fchown callback', err2);
    fs.lchown(path.join(dir, 'link'), uid, gid, (err3) => {
      console.log('lchown callback', err3);
      fs.closeSync(fd);
      fs.promises.chown(file, uid, gid).then(async (r) => {
        console.log('promise', r, await fs.promises.lchown(path.join(dir, 'link'), uid, gid));
        const fh = await fs.promises.open(file);
        console.log('filehandle', await fh.chown(uid, gid));
        await fh.close();
        await fs.promises.chown(path.join(dir, 'nope'), uid, gid);
      }).catch((e) => show('promise missing', e));
    });
  });
});
