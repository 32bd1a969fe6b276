'use strict';
// readFile on a directory (EISDIR), a missing file (ENOENT) and through a file (ENOTDIR), in all styles.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readfile-errors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e instanceof Error, e.name, e.code, e.errno, e.syscall,
  clean(e.path), clean(e.message), Object.keys(e).sort().join(','));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
const targets = { directory: dir, missing: path.join(dir, 'missing'), 'through file': path.join(file, 'x') };
for (const [name, target] of Object.entries(targets)) {
  for (const opts of [undefined, 'utf8']) {
    try {
      fs.readFileSync(target, opts);
      console.log('sync', name, 'ok');
    } catch (e) {
      show(`sync ${name} ${opts}`, e);
    }
  }
}
let chain = Promise.resolve();
for (const [name, target] of Object.entries(targets)) {
  chain = chain.then(() => new Promise((resolve) => {
    fs.readFile(target, (err, data) => {
      show(`callback ${name}`, err);
      console.log('data', data);
      resolve();
    });
  })).then(() => fs.promises.readFile(target, 'utf8')).then(
    () => console.log('promise ok'),
    (e) => show(`promise ${name}`, e),
  );
}
