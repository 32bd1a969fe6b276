'use strict';
// Dangling links and link loops: stat/lstat/readFile/realpath/exists behaviour, ELOOP errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-symlink-dangling-loop-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const p = (...parts) => path.join(dir, ...parts);
fs.symlinkSync('missing', p('dangling'));
fs.symlinkSync('loop-b', p('loop-a'));
fs.symlinkSync('loop-a', p('loop-b'));
fs.symlinkSync('self', p('self'));
for (const name of ['dangling', 'loop-a', 'self']) {
  for (const [op, fn] of [
    ['stat', () => fs.statSync(p(name)).isFile()],
    ['lstat', () => fs.lstatSync(p(name)).isSymbolicLink()],
    ['readlink', () => fs.readlinkSync(p(name))],
    ['exists', () => fs.existsSync(p(name))],
    ['readFile', () => fs.readFileSync(p(name))],
    ['realpath', () => fs.realpathSync(p(name))],
    ['realpath.native', () => fs.realpathSync.native(p(name))],
    ['open', () => fs.openSync(p(name), 'r')],
    ['access', () => fs.accessSync(p(name))],
    ['through', () => fs.statSync(p(name, 'x'))],
    ['readdir', () => fs.readdirSync(p(name))],
  ]) {
    try {
      console.log(name, op, 'ok', clean(fn()));
    } catch (e) {
      show(`${name} ${op}`, e);
    }
  }
}
fs.writeFileSync(p('dangling'), 'created through the link');
console.log('write through dangling link created target', fs.readFileSync(p('missing'), 'utf8'), fs.lstatSync(p('dangling')).isSymbolicLink());
fs.stat(p('loop-a'), (err) => {
  show('callback stat loop', err);
  fs.realpath(p('self'), (err2) => {
    show('callback realpath self', err2);
    fs.promises.realpath(p('loop-b')).catch((e) => show('promise realpath loop', e));
  });
});
