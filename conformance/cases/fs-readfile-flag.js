'use strict';
// The flag option of readFile: creating with a+, truncating with w+, failing with wx+.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readfile-flag-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(dir, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message));
const p = path.join(dir, 'file');
for (const flag of ['a+', 'r', 'w+', 'r+', 'wx+', 'ax+', 'as+', 'rs', 'w', 'a', 'bogus']) {
  fs.rmSync(p, { force: true });
  const out = [];
  try {
    out.push('missing', JSON.stringify(fs.readFileSync(p, { encoding: 'utf8', flag })));
  } catch (e) {
    out.push('missing', e.code, e.syscall);
  }
  fs.writeFileSync(p, 'data');
  try {
    out.push('existing', JSON.stringify(fs.readFileSync(p, { encoding: 'utf8', flag })));
  } catch (e) {
    out.push('existing', e.code, e.syscall);
  }
  out.push('after', JSON.stringify(fs.readFileSync(p, 'utf8')));
  console.log(flag, out.join(' '));
}
fs.rmSync(p, { force: true });
fs.readFile(p, { flag: 'a+', encoding: 'utf8' }, (err, data) => {
  console.log('callback a+', err, JSON.stringify(data), fs.existsSync(p));
  fs.readFile(p, { flag: 'wx' }, (err2) => {
    show('callback wx', err2);
    fs.promises.readFile(path.join(dir, 'p'), { flag: 'a+' }).then((b) => {
      console.log('promise a+', b, fs.existsSync(path.join(dir, 'p')));
      return fs.promises.readFile(p, { flag: 'wx+' });
    }).catch((e) => show('promise wx+', e));
  });
});
