'use strict';
// realpathSync/realpath (JS implementation) and .native: resolving links, dots, relative paths, encodings.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-realpath-')));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('a', 'b'), { recursive: true });
fs.writeFileSync(p('a', 'b', 'file'), '');
fs.symlinkSync('a/b', p('to-b'));
fs.symlinkSync('to-b/file', p('chain'));
fs.symlinkSync(p('a'), p('abs-a'));
fs.symlinkSync('../..', p('a', 'b', 'up'));
const inputs = [p('a', 'b', 'file'), p('to-b'), p('chain'), p('abs-a', 'b', '..', 'b', 'file'), p('a', 'b', 'up', 'chain'),
  p('a', '.', 'b', '..', 'b') + '/', p('to-b') + '/', dir + '//a///b', p('a', 'b', 'up', 'a', 'b', 'up')];
for (const input of inputs) {
  const out = [clean(input)];
  for (const [label, fn] of [['js', fs.realpathSync], ['native', fs.realpathSync.native]]) {
    try {
      out.push(label, clean(fn(input)));
    } catch (e) {
      out.push(label, e.code, e.syscall);
    }
  }
  console.log(out.join(' '));
}
process.chdir(p('a'));
console.log('relative', clean(fs.realpathSync('b/up/chain')), clean(fs.realpathSync.native('b/up/chain')));
console.log('dot', clean(fs.realpathSync('.')), clean(fs.realpathSync.native('.')));
for (const [label, fn] of [['empty string js', fs.realpathSync], ['empty string native', fs.realpathSync.native]]) {
  try {
    console.log(label, clean(fn('')));
  } catch (e) {
    show(label, e);
  }
}
process.chdir(os.tmpdir());
console.log('root', fs.realpathSync('/'), fs.realpathSync.native('/'), fs.realpathSync('/..'));
console.log('buffer', clean(fs.realpathSync(p('chain'), 'buffer').toString()), Buffer.isBuffer(fs.realpathSync(p('chain'), { encoding: 'buffer' })),
  Buffer.isBuffer(fs.realpathSync.native(p('chain'), 'buffer')));
console.log('hex', Buffer.from(fs.realpathSync(p('chain'), 'hex'), 'hex').toString() === p('a', 'b', 'file'));
for (const [label, fn] of [
  ['missing', () => fs.realpathSync(p('nope', 'x'))],
  ['missing native', () => fs.realpathSync.native(p('nope', 'x'))],
  ['through file', () => fs.realpathSync(p('a', 'b', 'file', 'x'))],
  ['through file native', () => fs.realpathSync.native(p('a', 'b', 'file', 'x'))],
  ['missing after link', () => fs.realpathSync(p('to-b', 'nope'))],
  ['missing after link native', () => fs.realpathSync.native(p('to-b', 'nope'))],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    show(label, e);
  }
}
fs.realpath(p('chain'), (err, resolved) => {
  console.log('callback', err, clean(resolved));
  fs.realpath.native(p('chain'), (err2, resolved2) => {
    console.log('callback native', err2, clean(resolved2));
    fs.realpath(p('nope'), (err3) => {
      show('callback missing', err3);
      fs.promises.realpath(p('chain')).then((r) => {
        console.log('promise', clean(r));
        return fs.promises.realpath(p('nope'));
      }).catch((e) => show('promise missing', e));
    });
  });
});
