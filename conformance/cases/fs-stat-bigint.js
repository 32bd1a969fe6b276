'use strict';
// stat with { bigint: true }: BigInt fields, *Ns fields, Dates, predicates, class name.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-stat-bigint-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'hello');
fs.utimesSync(file, 1000000000.5, 1200000000.25);
function describe(label, s) {
  console.log(label, s.constructor.name, s instanceof fs.Stats);
  console.log('  keys', Object.keys(s).join(','));
  console.log('  types', Object.keys(s).map((k) => typeof s[k]).join(','));
  console.log('  size', s.size, 'isFile', s.isFile(), 'isDirectory', s.isDirectory());
  console.log('  atimeMs', s.atimeMs, 'atimeNs', s.atimeNs, 'mtimeMs', s.mtimeMs, 'mtimeNs', s.mtimeNs);
  console.log('  atime', s.atime.toISOString(), 'mtime', s.mtime.toISOString());
  console.log('  mode type', typeof s.mode, (s.mode & BigInt(fs.constants.S_IFMT)).toString(8));
}
describe('statSync', fs.statSync(file, { bigint: true }));
describe('lstatSync', fs.lstatSync(file, { bigint: true }));
const fd = fs.openSync(file, 'r');
describe('fstatSync', fs.fstatSync(fd, { bigint: true }));
fs.closeSync(fd);
const plain = fs.statSync(file, { bigint: false });
console.log('bigint false', typeof plain.size, plain.atimeMs, plain.mtimeMs, 'atimeNs' in plain);
fs.stat(file, { bigint: true }, (err, s) => {
  console.log('callback', err, typeof s.size, s.mtimeNs);
  fs.promises.stat(file, { bigint: true }).then((s2) => {
    console.log('promise', typeof s2.size, s2.mtimeNs, s2.constructor.name);
  });
});
