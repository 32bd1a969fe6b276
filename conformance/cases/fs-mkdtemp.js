'use strict';
// mkdtemp in all styles: name shape, encodings, prefix errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-mkdtemp-'));
process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));
const clean = (s) => String(s).replaceAll(base, 'TMP');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.message));
// The async forms put the random name that failed into the error; mask its six characters.
const mask = (s) => clean(s).replace(/x-[A-Za-z0-9]{6}/g, 'x-<six>');
const showAsync = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, mask(e.path), mask(e.message));
function check(label, prefix, result) {
  const s = Buffer.isBuffer(result) ? result.toString() : result;
  const p = Buffer.isBuffer(prefix) ? prefix.toString() : String(prefix);
  console.log(label, typeof result, Buffer.isBuffer(result), s.startsWith(p), s.length - p.length,
    /^[A-Za-z0-9]{6}$/.test(s.slice(p.length)), fs.statSync(s).isDirectory(), (fs.statSync(s).mode & 0o777).toString(8));
}
const prefix = path.join(base, 'x-');
check('sync', prefix, fs.mkdtempSync(prefix));
check('sync buffer encoding', prefix, fs.mkdtempSync(prefix, { encoding: 'buffer' }));
check('sync buffer prefix', Buffer.from(prefix), fs.mkdtempSync(Buffer.from(prefix)));
check('sync no dash', path.join(base, 'nodash'), fs.mkdtempSync(path.join(base, 'nodash')));
check('sync dir prefix', base + '/', fs.mkdtempSync(base + '/'));
const hex = fs.mkdtempSync(prefix, 'hex');
console.log('hex', Buffer.from(hex, 'hex').toString().startsWith(prefix));
const names = new Set();
for (let i = 0; i < 20; i++) names.add(fs.mkdtempSync(prefix));
console.log('unique', names.size);
for (const [label, args] of [
  ['missing parent', [path.join(base, 'no', 'x-')]],
  ['number', [123]],
  ['null', [null]],
  ['undefined', []],
  ['object', [{}]],
  ['nul byte', [path.join(base, 'a\0b')]],
  ['bad encoding', [prefix, 'nope']],
]) {
  try {
    check(label, args[0], fs.mkdtempSync(...args));
  } catch (e) {
    show(label, e);
  }
}
fs.mkdtemp(prefix, (err, folder) => {
  console.log('callback err', err);
  check('callback', prefix, folder);
  fs.mkdtemp(path.join(base, 'no', 'x-'), (err2) => {
    showAsync('callback missing parent', err2);
    try {
      fs.mkdtemp(prefix);
    } catch (e) {
      show('no callback', e);
    }
    fs.promises.mkdtemp(prefix).then((folder2) => {
      check('promise', prefix, folder2);
      return fs.promises.mkdtemp(prefix, { encoding: 'buffer' });
    }).then((folder3) => {
      check('promise buffer', prefix, folder3);
      return fs.promises.mkdtemp(path.join(base, 'no', 'x-'));
    }).catch((e) => showAsync('promise missing parent', e));
  });
});
