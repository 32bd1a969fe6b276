'use strict';
// symlinkSync/readlinkSync: relative and absolute targets, type argument, readlink encodings, errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-symlink-basic-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('file'), 'data');
fs.mkdirSync(p('sub'));
console.log('relative', fs.symlinkSync('file', p('rel')), fs.readlinkSync(p('rel')), fs.readFileSync(p('rel'), 'utf8'));
console.log('absolute', fs.symlinkSync(p('file'), p('abs')), clean(fs.readlinkSync(p('abs'))));
console.log('into subdir', fs.symlinkSync('../file', p('sub', 'up')), fs.readlinkSync(p('sub', 'up')), fs.readFileSync(p('sub', 'up'), 'utf8'));
console.log('type dir', fs.symlinkSync('sub', p('dirlink'), 'dir'), fs.statSync(p('dirlink')).isDirectory());
console.log('type junction', fs.symlinkSync('sub', p('junction'), 'junction'), fs.readlinkSync(p('junction')));
console.log('type file', fs.symlinkSync('file', p('filelink'), 'file'), fs.readlinkSync(p('filelink')));
console.log('type null', fs.symlinkSync('file', p('nulltype'), null), fs.readlinkSync(p('nulltype')));
console.log('dot target', fs.symlinkSync('.', p('dot')), fs.readlinkSync(p('dot')));
console.log('weird target kept verbatim', fs.symlinkSync('a//b/../c/', p('weird')), fs.readlinkSync(p('weird')));
console.log('buffer', fs.readlinkSync(p('rel'), 'buffer'), fs.readlinkSync(p('rel'), { encoding: 'hex' }));
for (const [label, fn] of [
  ['EEXIST', () => fs.symlinkSync('file', p('rel'))],
  ['missing parent', () => fs.symlinkSync('file', p('no', 'link'))],
  ['bad type', () => fs.symlinkSync('file', p('t'), 'bogus')],
  ['bad type number', () => fs.symlinkSync('file', p('t2'), 1)],
  ['readlink regular file', () => fs.readlinkSync(p('file'))],
  ['readlink missing', () => fs.readlinkSync(p('nope'))],
  ['readlink directory', () => fs.readlinkSync(p('sub'))],
  ['empty target', () => fs.symlinkSync('', p('empty'))],
  ['target number', () => fs.symlinkSync(1, p('num'))],
]) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    show(label, e);
  }
}
fs.symlink('file', p('cb'), (err, ...rest) => {
  console.log('callback', err, rest, fs.readlinkSync(p('cb')));
  fs.symlink('file', p('cb'), (err2) => {
    show('callback EEXIST', err2);
    fs.readlink(p('cb'), (err3, target) => {
      console.log('callback readlink', err3, target);
      fs.readlink(p('file'), (err4) => {
        show('callback readlink file', err4);
        fs.promises.symlink('sub', p('pr'), 'dir').then(async (r) => {
          console.log('promise', r, await fs.promises.readlink(p('pr')), await fs.promises.readlink(p('pr'), 'buffer'));
          await fs.promises.readlink(p('sub'));
        }).catch((e) => show('promise readlink dir', e));
      });
    });
  });
});
