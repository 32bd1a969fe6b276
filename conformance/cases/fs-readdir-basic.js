'use strict';
// readdirSync/readdir/promises.readdir: names as returned, hidden files, encodings, empty dirs.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-readdir-basic-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
for (const name of ['b.txt', 'a.txt', '.hidden', 'C', 'é', '10', '9', 'sub']) {
  if (name === 'sub') fs.mkdirSync(path.join(dir, name));
  else fs.writeFileSync(path.join(dir, name), name);
}
fs.writeFileSync(path.join(dir, 'sub', 'inner'), '');
console.log('sync', fs.readdirSync(dir));
console.log('sync sorted', fs.readdirSync(dir).sort());
console.log('utf8 option', fs.readdirSync(dir, 'utf8').sort());
console.log('hex option', fs.readdirSync(dir, { encoding: 'hex' }).sort());
console.log('base64', fs.readdirSync(path.join(dir, 'sub'), 'base64'));
console.log('empty', fs.readdirSync(path.join(dir, 'sub', '..', 'sub')), fs.readdirSync(path.join(dir, 'sub')));
fs.mkdirSync(path.join(dir, 'empty'));
console.log('empty dir', fs.readdirSync(path.join(dir, 'empty')));
console.log('trailing slash', fs.readdirSync(dir + '/').length);
fs.readdir(dir, (err, names) => {
  console.log('callback', err, names.sort());
  fs.readdir(dir, 'latin1', (err2, names2) => {
    console.log('callback latin1', err2, names2.sort());
    fs.promises.readdir(dir).then((names3) => {
      console.log('promise', names3.sort());
      return fs.promises.readdir(path.join(dir, 'sub'), { encoding: 'utf8', withFileTypes: false });
    }).then((names4) => console.log('promise sub', names4));
  });
});
