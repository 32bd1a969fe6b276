'use strict';
// statSync on files, directories and symlinks: type predicates, size, nlink, mode type bits.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stat-basic-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'hello world');
fs.mkdirSync(path.join(dir, 'sub'));
fs.symlinkSync('file', path.join(dir, 'link'));
const predicates = ['isFile', 'isDirectory', 'isSymbolicLink', 'isBlockDevice', 'isCharacterDevice', 'isFIFO', 'isSocket'];
function describe(label, s) {
  console.log(label, predicates.map((m) => `${m}=${s[m]()}`).join(' '));
  // A directory's size and the root's link count depend on the file system, so only their types are printed.
  const machineDependent = label === 'sub' || label === 'root';
  console.log('  size', machineDependent ? typeof s.size : s.size, 'nlink', label === 'root' ? typeof s.nlink : s.nlink,
    'type', (s.mode & fs.constants.S_IFMT).toString(8));
  console.log('  types', ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks',
    'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].map((k) => typeof s[k]).join(','));
  console.log('  dates', [s.atime, s.mtime, s.ctime, s.birthtime].map((d) => d instanceof Date).join(','),
    s.mtime.getTime() === Math.floor(s.mtimeMs) || s.mtime.getTime() === Math.round(s.mtimeMs));
}
describe('file', fs.statSync(file));
describe('sub', fs.statSync(path.join(dir, 'sub')));
describe('link via stat', fs.statSync(path.join(dir, 'link')));
describe('link via lstat', fs.lstatSync(path.join(dir, 'link')));
console.log('symlink lstat size', fs.lstatSync(path.join(dir, 'link')).size);
describe('root', fs.statSync('/'));
const s = fs.statSync(file);
console.log('instanceof', s instanceof fs.Stats, s.constructor.name, Object.getPrototypeOf(s) === fs.Stats.prototype);
console.log('own keys', Object.keys(s).join(','));
console.log('rdev', s.rdev);
