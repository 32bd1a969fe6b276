'use strict';
// existsSync never throws; fs.exists calls back with a single boolean; odd inputs.
const fs = require('fs');
const path = require('path');
const os = require('os');
const util = require('util');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-exists-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.on('warning', (w) => console.log('warning', w.name, w.code));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');
fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
const inputs = [file, dir, path.join(dir, 'missing'), path.join(dir, 'dangling'), path.join(file, 'x'),
  '', '.', '/', Buffer.from(file), new URL('file://' + file), 'file:///', 123, -1, 1.5, null, undefined,
  {}, [], true, 'a\0b', Buffer.from('a\0b'), new URL('http://example.com/'), Symbol('s')];
for (const input of inputs) {
  const label = typeof input === 'string' || Buffer.isBuffer(input) || input instanceof URL
    ? util.inspect(String(input).replaceAll(dir, 'TMP')) + (Buffer.isBuffer(input) ? ' (buffer)' : input instanceof URL ? ' (url)' : '')
    : util.inspect(input);
  let r;
  try {
    r = fs.existsSync(input);
  } catch (e) {
    r = `threw ${e.code}`;
  }
  console.log(label, r);
}
fs.exists(file, (...args) => {
  console.log('callback', args);
  fs.exists(path.join(dir, 'missing'), (...args2) => {
    console.log('callback missing', args2);
    fs.exists(123, (...args3) => {
      console.log('callback number', args3);
      try {
        fs.exists(file);
      } catch (e) {
        console.log('no callback', e.name, e.code, e.message);
      }
      util.promisify(fs.exists)(file).then((v) => console.log('promisified', v));
    });
  });
});
console.log('promises has exists', 'exists' in fs.promises);
