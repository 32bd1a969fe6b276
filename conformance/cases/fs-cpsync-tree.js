'use strict';
// cpSync with recursive: true copies a tree (files, nested dirs, empty dirs, contents, modes).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-cpsync-tree-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const p = (...parts) => path.join(dir, ...parts);
function listing(root) {
  return fs.readdirSync(root, { recursive: true }).sort().map((name) => {
    const full = path.join(root, name);
    const s = fs.lstatSync(full);
    const kind = s.isDirectory() ? 'd' : s.isSymbolicLink() ? `l->${clean(fs.readlinkSync(full))}` : `f:${fs.readFileSync(full, 'utf8')}`;
    return `${name} ${kind} ${(s.mode & 0o777).toString(8)}`;
  });
}
fs.mkdirSync(p('src', 'a', 'b'), { recursive: true });
fs.mkdirSync(p('src', 'empty'));
fs.writeFileSync(p('src', 'top.txt'), 'top');
fs.writeFileSync(p('src', 'a', 'one.txt'), 'one');
fs.writeFileSync(p('src', 'a', 'b', 'two.txt'), 'two');
fs.chmodSync(p('src', 'a', 'one.txt'), 0o600);
fs.chmodSync(p('src', 'a', 'b'), 0o700);
console.log('result', fs.cpSync(p('src'), p('dst'), { recursive: true }));
console.log(listing(p('dst')));
console.log('into existing dest', fs.cpSync(p('src'), p('dst'), { recursive: true }));
console.log(listing(p('dst')).length);
fs.mkdirSync(p('existing'));
fs.writeFileSync(p('existing', 'keep.txt'), 'keep');
fs.cpSync(p('src'), p('existing'), { recursive: true });
console.log('merge', listing(p('existing')));
console.log('file to file', fs.cpSync(p('src', 'top.txt'), p('copy.txt')), fs.readFileSync(p('copy.txt'), 'utf8'));
console.log('file to new nested path', fs.cpSync(p('src', 'top.txt'), p('new', 'deep', 'copy.txt')), fs.readFileSync(p('new', 'deep', 'copy.txt'), 'utf8'));
console.log('dest parent created', fs.cpSync(p('src', 'a'), p('made', 'x'), { recursive: true }), listing(p('made')));
fs.utimesSync(p('src', 'top.txt'), 1000, 2000);
fs.cpSync(p('src', 'top.txt'), p('ts.txt'), { preserveTimestamps: true });
// atime is not printed: Node re-stats the source after reading it, so the copy gets a fresh atime.
console.log('preserveTimestamps', fs.statSync(p('ts.txt')).mtime.toISOString());
