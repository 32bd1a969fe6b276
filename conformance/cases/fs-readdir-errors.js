'use strict';
// readdir errors: ENOTDIR, ENOENT, bad options, in all styles.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readdir-errors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
const targets = [['file', file], ['missing', path.join(dir, 'missing')], ['dangling', path.join(dir, 'dangling')]];
for (const [label, target] of targets) {
  try {
    fs.readdirSync(target);
  } catch (e) {
    show('sync ' + label, e);
  }
  try {
    fs.readdirSync(target, { recursive: true });
  } catch (e) {
    show('sync recursive ' + label, e);
  }
}
for (const bad of ['nope', 5, { encoding: 'nope' }]) {
  try {
    fs.readdirSync(dir, bad);
    console.log('accepted', bad);
  } catch (e) {
    show('options ' + require('util').inspect(bad), e);
  }
}
try {
  fs.readdir(dir);
} catch (e) {
  show('no callback', e);
}
let chain = Promise.resolve();
for (const [label, target] of targets) {
  chain = chain.then(() => new Promise((resolve) => {
    fs.readdir(target, (err, names) => {
      show('callback ' + label, err);
      console.log('names', names);
      resolve();
    });
  })).then(() => fs.promises.readdir(target)).catch((e) => show('promise ' + label, e));
}
