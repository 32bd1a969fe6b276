'use strict';
// Relative paths resolve against process.cwd() at call time, for sync, callback and promise calls.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-cwd-relative-'));
const start = process.cwd();
process.on('exit', () => {
  process.chdir(start);
  fs.rmSync(dir, { recursive: true, force: true });
});
const clean = (s) => String(s).replaceAll(fs.realpathSync(dir), 'TMP').replaceAll(dir, 'TMP');
process.chdir(dir);
fs.mkdirSync('one/two', { recursive: true });
fs.writeFileSync('one/file', 'relative');
console.log('read', fs.readFileSync('one/file', 'utf8'), fs.readFileSync('./one/../one/file', 'utf8'));
console.log('readdir', fs.readdirSync('one').sort(), fs.readdirSync('.').sort());
console.log('realpath', clean(fs.realpathSync('one/two')), clean(fs.realpathSync.native('one/two')));
fs.symlinkSync('one/file', 'rel-link');
console.log('link', fs.readFileSync('rel-link', 'utf8'), fs.readlinkSync('rel-link'));
process.chdir('one');
console.log('after chdir', fs.existsSync('file'), fs.existsSync('one'), fs.readFileSync('../rel-link', 'utf8'));
try {
  fs.readFileSync('nope');
} catch (e) {
  console.log('error path stays relative', e.path, e.message);
}
fs.readFile('file', 'utf8', (err, text) => {
  console.log('callback', err, text);
  fs.stat('missing', (err2) => {
    console.log('callback error path', err2.path, err2.message);
    fs.promises.readFile('file', 'utf8').then((t) => {
      console.log('promise', t);
      return fs.promises.access('missing');
    }).catch((e) => console.log('promise error path', e.path, e.message));
  });
});
