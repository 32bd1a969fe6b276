'use strict';
// Callback-style functions with missing or non-function callbacks.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-argtypes-callbacks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const fd = fs.openSync(file, 'r+');
const calls = [
  ['access', [file]], ['appendFile', [file, 'x']], ['chmod', [file, 0o644]], ['chown', [file, 0, 0]],
  ['close', [fd]], ['copyFile', [file, path.join(dir, 'c')]], ['cp', [file, path.join(dir, 'c2')]],
  ['exists', [file]], ['fchmod', [fd, 0o644]], ['fchown', [fd, 0, 0]], ['fdatasync', [fd]], ['fstat', [fd]],
  ['fsync', [fd]], ['ftruncate', [fd]], ['futimes', [fd, 1, 1]], ['lchown', [file, 0, 0]],
  ['link', [file, path.join(dir, 'l')]], ['lstat', [file]], ['lutimes', [file, 1, 1]], ['mkdir', [path.join(dir, 'd')]],
  ['mkdtemp', [path.join(dir, 't-')]], ['open', [file]], ['opendir', [dir]], ['read', [fd, Buffer.alloc(1), 0, 1, 0]],
  ['readdir', [dir]], ['readFile', [file]], ['readlink', [file]], ['readv', [fd, [Buffer.alloc(1)]]],
  ['realpath', [file]], ['rename', [file, file]], ['rmdir', [path.join(dir, 'nope')]],
  ['stat', [file]], ['statfs', [dir]], ['symlink', [file, path.join(dir, 's')]], ['truncate', [file]],
  ['unlink', [path.join(dir, 'nope')]], ['utimes', [file, 1, 1]], ['write', [fd, Buffer.from('x')]],
  ['writeFile', [file, 'x']], ['writev', [fd, [Buffer.from('x')]]],
];
for (const [name, args] of calls) {
  const results = [];
  for (const cb of [undefined, 'cb', {}, null]) {
    try {
      fs[name](...args, cb);
      results.push('accepted');
    } catch (e) {
      results.push(`${e.name} ${e.code} ${e.message}`);
    }
  }
  const uniq = [...new Set(results)];
  console.log(name, uniq.length === 1 ? uniq[0] : results.join(' | '));
}
setTimeout(() => {
  try {
    fs.closeSync(fd);
  } catch {}
}, 100);
