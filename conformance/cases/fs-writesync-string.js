'use strict';
// fs.writeSync/fs.write with strings: position, encodings, hex odd length error.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-writesync-string-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (label, e) => console.log(label, e.name, e.code, e.message);
const p = path.join(dir, 'file');
const fd = fs.openSync(p, 'w+');
const content = () => JSON.stringify(fs.readFileSync(p, 'latin1'));
console.log('plain', fs.writeSync(fd, 'hello'), content());
console.log('position', fs.writeSync(fd, 'J', 0), content());
console.log('position null', fs.writeSync(fd, '!', null), content());
console.log('utf8 multibyte', fs.writeSync(fd, 'é€', null, 'utf8'), content());
console.log('hex', fs.writeSync(fd, '414243', 0, 'hex'), content());
console.log('base64', fs.writeSync(fd, 'WFla', 0, 'base64'), content());
console.log('latin1', fs.writeSync(fd, 'ÿ', 0, 'latin1'), content());
console.log('ucs2', fs.writeSync(fd, 'ab', 0, 'ucs2'), content());
console.log('empty', fs.writeSync(fd, ''), content());
console.log('unknown encoding', fs.writeSync(fd, 'Q', 0, 'nope'), content());
console.log('UTF8 upper', fs.writeSync(fd, 'R', 0, 'UTF8'), content());
console.log('position undefined, encoding', fs.writeSync(fd, '4142', undefined, 'hex'), content());
for (const [label, args] of [
  ['hex odd', ['abc', 0, 'hex']],
  ['hex odd null position', ['a', null, 'hex']],
  ['number data', [42]],
  ['object data', [{ toString() { return 'x'; } }]],
  ['null data', [null]],
  ['string position string', ['x', '1']],
  ['string position float', ['x', 1.5]],
  ['string position negative', ['x', -5]],
]) {
  try {
    console.log(label, fs.writeSync(fd, ...args), content());
  } catch (e) {
    show(label, e);
  }
}
fs.write(fd, 'cb', 0, 'utf8', (err, n, s) => {
  console.log('callback string', err, n, s, content());
  fs.write(fd, 'ZZ', (err2, n2, s2) => {
    console.log('callback string no position', err2, n2, s2, content());
    fs.write(fd, '5a', 3, 'hex', (err3, n3) => {
      console.log('callback hex', err3, n3, content());
      try {
        fs.write(fd, 'abc', 0, 'hex', () => console.log('should not run'));
      } catch (e) {
        show('callback hex odd', e);
      }
      fs.closeSync(fd);
    });
  });
});
