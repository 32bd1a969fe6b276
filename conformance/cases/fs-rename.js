'use strict';
// renameSync/rename/promises.rename: within and across directories, onto existing files, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rename-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('a'), 'A');
fs.writeFileSync(p('b'), 'B');
fs.mkdirSync(p('d1'));
fs.mkdirSync(p('d2'));
fs.mkdirSync(p('full'));
fs.writeFileSync(p('full', 'x'), '');
console.log('simple', fs.renameSync(p('a'), p('a2')), fs.readdirSync(dir));
console.log('across dirs', fs.renameSync(p('a2'), p('d1', 'a3')), fs.readdirSync(p('d1')));
console.log('onto existing', fs.renameSync(p('d1', 'a3'), p('b')), fs.readFileSync(p('b'), 'utf8'), fs.readdirSync(p('d1')));
console.log('same path', fs.renameSync(p('b'), p('b')), fs.existsSync(p('b')));
console.log('dir onto empty dir', fs.renameSync(p('d1'), p('d2')), fs.existsSync(p('d1')), fs.existsSync(p('d2')));
for (const [label, from, to] of [
  ['missing source', p('nope'), p('x')],
  ['missing dest parent', p('b'), p('no', 'x')],
  ['file onto dir', p('b'), p('d2')],
  ['dir onto file', p('d2'), p('b')],
  ['dir onto non-empty dir', p('d2'), p('full')],
  ['dir into itself', p('d2'), p('d2', 'inner')],
  ['through file', p('b', 'x'), p('c')],
]) {
  try {
    fs.renameSync(from, to);
    console.log(label, 'ok');
  } catch (e) {
    show(label, e);
  }
}
fs.rename(p('b'), p('c'), (err, ...rest) => {
  console.log('callback', err, rest, fs.existsSync(p('c')));
  fs.rename(p('nope'), p('c'), (err2) => {
    show('callback missing', err2);
    fs.promises.rename(p('c'), p('d')).then((r) => {
      console.log('promise', r, fs.existsSync(p('d')));
      return fs.promises.rename(p('nope'), p('x'));
    }).catch((e) => show('promise missing', e));
  });
});
