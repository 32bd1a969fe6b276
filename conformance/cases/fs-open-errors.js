'use strict';
// System errors from fs.openSync: EEXIST, ENOENT, EISDIR, ENOTDIR; opening a directory read-only.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-open-errors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e instanceof Error, e.name, e.code, e.errno, e.syscall,
  clean(e.path), e.dest, clean(e.message), Object.keys(e).join(','));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
function attempt(label, p, flags) {
  try {
    const fd = fs.openSync(p, flags);
    console.log(label, 'opened', typeof fd);
    fs.closeSync(fd);
  } catch (e) {
    show(label, e);
  }
}
attempt('wx existing', file, 'wx');
attempt('ax+ existing', file, 'ax+');
attempt('r missing', path.join(dir, 'missing'), 'r');
attempt('r+ missing', path.join(dir, 'missing'), 'r+');
attempt('w missing dir', path.join(dir, 'nodir', 'f'), 'w');
attempt('w directory', dir, 'w');
attempt('r+ directory', dir, 'r+');
attempt('a directory', dir, 'a');
attempt('r through file', path.join(file, 'sub'), 'r');
attempt('r directory', dir, 'r');
attempt('r trailing slash on file', file + '/', 'r');
const fd = fs.openSync(dir, 'r');
try {
  fs.readSync(fd, Buffer.alloc(4), 0, 4, null);
} catch (e) {
  show('read dir fd', e);
}
try {
  console.log('fstat dir fd', fs.fstatSync(fd).isDirectory());
} finally {
  fs.closeSync(fd);
}
fs.open(path.join(dir, 'missing'), (err, fd2) => {
  show('callback', err);
  console.log('fd arg', fd2);
});
