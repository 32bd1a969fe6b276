'use strict';
// cpSync with symlinks: copied as links, relative vs absolute targets, dereference, verbatimSymlinks.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-cpsync-symlinks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const p = (...parts) => path.join(dir, ...parts);
function describe(root) {
  return fs.readdirSync(root).sort().map((name) => {
    const full = path.join(root, name);
    const s = fs.lstatSync(full);
    return s.isSymbolicLink() ? `${name}->${clean(fs.readlinkSync(full))}` : `${name}:${s.isDirectory() ? 'dir' : fs.readFileSync(full, 'utf8')}`;
  }).join(' ');
}
fs.mkdirSync(p('src', 'sub'), { recursive: true });
fs.writeFileSync(p('src', 'file'), 'data');
fs.symlinkSync('file', p('src', 'rel'));
fs.symlinkSync(p('src', 'file'), p('src', 'abs'));
fs.symlinkSync('sub', p('src', 'dirlink'));
fs.symlinkSync('missing', p('src', 'dangling'));
fs.cpSync(p('src'), p('plain'), { recursive: true });
console.log('plain', describe(p('plain')));
fs.cpSync(p('src'), p('verbatim'), { recursive: true, verbatimSymlinks: true });
console.log('verbatim', describe(p('verbatim')));
try {
  fs.cpSync(p('src'), p('deref'), { recursive: true, dereference: true });
  console.log('dereference', describe(p('deref')));
} catch (e) {
  show('dereference', e);
}
fs.cpSync(p('src', 'rel'), p('single-link'));
console.log('single link', fs.lstatSync(p('single-link')).isSymbolicLink(), clean(fs.readlinkSync(p('single-link'))));
fs.cpSync(p('src', 'rel'), p('single-deref'), { dereference: true });
console.log('single deref', fs.lstatSync(p('single-deref')).isSymbolicLink(), fs.readFileSync(p('single-deref'), 'utf8'));
// Copying again onto existing links: one link per source tree, since the copy order is the OS's.
for (const name of ['rel', 'abs', 'dirlink', 'dangling']) {
  const src = p('one-' + name);
  fs.mkdirSync(src);
  fs.symlinkSync(fs.readlinkSync(p('src', name)), path.join(src, name));
  if (name === 'rel') fs.writeFileSync(path.join(src, 'file'), 'data');
  fs.cpSync(src, p('again-' + name), { recursive: true });
  try {
    fs.cpSync(src, p('again-' + name), { recursive: true });
    console.log('again onto existing', name, describe(p('again-' + name)));
  } catch (e) {
    show('again onto existing ' + name, e);
  }
}
