'use strict';
// Files whose stat size is 0 but which have contents (/proc) are read completely by readFile.
const fs = require('fs');
const file = '/proc/self/status';
console.log('stat size', fs.statSync(file).size);
const text = fs.readFileSync(file, 'utf8');
console.log('sync', text.length > 0, text.startsWith('Name:'), text.endsWith('\n'));
const buf = fs.readFileSync('/proc/self/cmdline');
console.log('cmdline has NUL separators', buf.length > 0, buf[buf.length - 1]);
fs.readFile(file, 'utf8', (err, t) => {
  console.log('callback', err, t.length > 0, t.startsWith('Name:'));
  fs.promises.readFile(file).then((b) => console.log('promise', b.length > 0, b.subarray(0, 5).toString()));
});
const fd = fs.openSync(file, 'r');
console.log('fd', fs.readFileSync(fd, 'utf8').startsWith('Name:'));
fs.closeSync(fd);
