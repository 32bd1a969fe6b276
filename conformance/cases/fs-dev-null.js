'use strict';
// /dev/null: a character device that reads empty and swallows writes, in every style.
const fs = require('fs');
const s = fs.statSync('/dev/null');
console.log('char device', s.isCharacterDevice(), s.isFile(), s.isFIFO(), typeof s.rdev);
console.log('readFileSync', fs.readFileSync('/dev/null'), JSON.stringify(fs.readFileSync('/dev/null', 'utf8')));
console.log('writeFileSync', fs.writeFileSync('/dev/null', 'discarded'));
console.log('appendFileSync', fs.appendFileSync('/dev/null', 'discarded'));
const fd = fs.openSync('/dev/null', 'r+');
console.log('writeSync', fs.writeSync(fd, 'abc'), 'readSync', fs.readSync(fd, Buffer.alloc(4), 0, 4, null));
console.log('fstat', fs.fstatSync(fd).isCharacterDevice());
fs.closeSync(fd);
console.log('exists', fs.existsSync('/dev/null'), 'realpath', fs.realpathSync('/dev/null'));
console.log('readdir /dev/null', (() => {
  try {
    return fs.readdirSync('/dev/null');
  } catch (e) {
    return `${e.code} ${e.syscall} ${e.message}`;
  }
})());
console.log('truncate', (() => {
  try {
    fs.truncateSync('/dev/null', 0);
    return 'ok';
  } catch (e) {
    return `${e.code} ${e.syscall}`;
  }
})());
fs.readFile('/dev/null', (err, data) => {
  console.log('readFile', err, data);
  fs.promises.readFile('/dev/null', 'utf8').then((t) => console.log('promise', JSON.stringify(t)));
});
