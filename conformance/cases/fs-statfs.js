'use strict';
// statfs/statfsSync/promises.statfs: field names and types only (values depend on the machine).
const fs = require('fs');
const path = require('path');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
const describe = (s) => Object.keys(s).map((k) => `${k}:${typeof s[k]}`).join(' ');
const s = fs.statfsSync('/');
console.log('sync', s.constructor.name, describe(s));
console.log('bigint', describe(fs.statfsSync('/', { bigint: true })));
console.log('positive', s.bsize > 0, s.blocks > 0, s.bfree <= s.blocks, s.bavail <= s.bfree);
try {
  fs.statfsSync(path.join(__dirname, 'no-such-dir-for-statfs'));
} catch (e) {
  console.log('missing', e.name, e.code, e.errno, e.syscall, e.message.replace(__dirname, '.'));
}
try {
  fs.statfsSync(123);
} catch (e) {
  show('bad path', e);
}
fs.statfs('/', (err, st) => {
  console.log('callback', err, describe(st));
  fs.statfs('/', { bigint: true }, (err2, st2) => {
    console.log('callback bigint', err2, describe(st2));
    fs.promises.statfs('/').then((st3) => console.log('promise', describe(st3)));
  });
});
