'use strict';
// writeFile options: mode on creation only, flag 'wx' (EEXIST), 'a', 'r+', invalid flags.
const fs = require('fs');
const path = require('path');
const os = require('os');
process.umask(0o022);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-writefile-mode-flag-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const mode = (p) => (fs.statSync(p).mode & 0o777).toString(8);
const p = path.join(dir, 'file');
fs.writeFileSync(p, 'one', { mode: 0o600 });
console.log('created', mode(p), fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, 'two', { mode: 0o644 });
console.log('existing keeps mode', mode(p), fs.readFileSync(p, 'utf8'));
fs.writeFileSync(path.join(dir, 's'), 'x', { mode: '640' });
console.log('string mode', mode(path.join(dir, 's')));
try {
  fs.writeFileSync(p, 'three', { flag: 'wx' });
} catch (e) {
  show('wx existing', e);
}
fs.writeFileSync(p, 'A', { flag: 'a' });
console.log('flag a', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, 'Z', { flag: 'r+' });
console.log('flag r+', fs.readFileSync(p, 'utf8'));
try {
  fs.writeFileSync(path.join(dir, 'missing'), 'x', { flag: 'r+' });
} catch (e) {
  show('r+ missing', e);
}
try {
  fs.writeFileSync(p, 'x', { flag: 'r' });
} catch (e) {
  show('flag r', e);
}
for (const bad of ['bogus', 1.5, { flag: 'w' }]) {
  try {
    fs.writeFileSync(p, 'x', { flag: bad });
  } catch (e) {
    show('bad flag', e);
  }
}
for (const bad of ['abc', -1, 1.5]) {
  try {
    fs.writeFileSync(path.join(dir, 'm'), 'x', { mode: bad });
    console.log('mode accepted', bad);
  } catch (e) {
    show('bad mode', e);
  }
}
try {
  fs.writeFileSync(dir, 'x');
} catch (e) {
  show('directory', e);
}
try {
  fs.appendFileSync(p, 'x', { flag: 'ax' });
} catch (e) {
  show('append ax existing', e);
}
fs.appendFileSync(p, 'w', { flag: 'w' });
console.log('append flag w', fs.readFileSync(p, 'utf8'));
fs.writeFile(p, 'cb', { flag: 'wx' }, (err) => {
  show('callback wx', err);
  fs.promises.writeFile(p, 'pr', { flag: 'wx' }).catch((e) => {
    show('promise wx', e);
    fs.promises.appendFile(path.join(dir, 'pa'), 'data', { mode: 0o604 }).then(() => {
      console.log('promise append mode', mode(path.join(dir, 'pa')));
    });
  });
});
