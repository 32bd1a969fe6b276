'use strict';
// futimes on descriptors and FileHandles, lutimes on symlinks (link times change, target's do not).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-futimes-lutimes-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const file = path.join(dir, 'file');
const link = path.join(dir, 'link');
fs.writeFileSync(file, 'x');
fs.symlinkSync('file', link);
fs.utimesSync(file, 100, 200);
const t = (s) => `${s.atime.toISOString()} ${s.mtime.toISOString()}`;
const fd = fs.openSync(file, 'r+');
fs.futimesSync(fd, 1000, 2000);
console.log('futimesSync', t(fs.fstatSync(fd)));
fs.futimesSync(fd, new Date('2020-05-05T05:05:05.555Z'), '1600000000.125');
console.log('futimesSync date/string', t(fs.fstatSync(fd)), fs.fstatSync(fd).mtimeMs);
fs.lutimesSync(link, 5000, 6000);
console.log('lutimesSync link', t(fs.lstatSync(link)), 'target', t(fs.statSync(file)));
for (const [label, fn] of [
  ['futimes bad fd', () => fs.futimesSync(-1, 1, 1)],
  ['futimes closed fd', () => fs.futimesSync(9999, 1, 1)],
  ['futimes bad time', () => fs.futimesSync(fd, 'x', 1)],
  ['lutimes missing', () => fs.lutimesSync(path.join(dir, 'nope'), 1, 1)],
  ['lutimes bad time', () => fs.lutimesSync(link, {}, 1)],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    show(label, e);
  }
}
fs.futimes(fd, 7000, 8000, (err, ...rest) => {
  console.log('futimes callback', err, rest, t(fs.fstatSync(fd)));
  fs.lutimes(link, 9000, 10000, (err2) => {
    console.log('lutimes callback', err2, t(fs.lstatSync(link)));
    fs.closeSync(fd);
    (async () => {
      const fh = await fs.promises.open(file, 'r+');
      console.log('filehandle utimes', await fh.utimes(11000, 12000), t(await fh.stat()));
      await fh.close();
      console.log('promise lutimes', await fs.promises.lutimes(link, 13000, 14000), t(fs.lstatSync(link)));
    })();
  });
});
