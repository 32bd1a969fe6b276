'use strict';
// The mode argument of fs.open: numbers, octal strings and invalid values.
const fs = require('fs');
const path = require('path');
const os = require('os');
process.umask(0o022);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-open-mode-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, clean(e.message));
let n = 0;
const modes = [0o600, 0o644, 0o700, 0o755, 0o777, 0o400, '600', '0644', '755', 0, undefined, null,
  'abc', '0o644', '8', -1, 0o40000000000, 2 ** 32, 1.5, {}, true, '', ' 644'];
for (const mode of modes) {
  const p = path.join(dir, `f${n++}`);
  const label = typeof mode === 'string' ? JSON.stringify(mode) : String(mode);
  try {
    const fd = fs.openSync(p, 'w', mode);
    fs.closeSync(fd);
    console.log(label, (fs.statSync(p).mode & 0o777).toString(8));
  } catch (e) {
    show(label, e);
  }
}
const p = path.join(dir, 'cb');
fs.open(p, 'wx', 0o640, (err, fd) => {
  console.log('callback', err, typeof fd);
  fs.closeSync(fd);
  console.log('callback mode', (fs.statSync(p).mode & 0o777).toString(8));
  fs.promises.open(path.join(dir, 'pr'), 'wx', 0o604).then(async (fh) => {
    await fh.close();
    console.log('promise mode', (fs.statSync(path.join(dir, 'pr')).mode & 0o777).toString(8));
  });
});
