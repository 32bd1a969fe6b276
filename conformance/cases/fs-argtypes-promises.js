'use strict';
// fs.promises functions reject (never throw synchronously) for bad argument types.
const fs = require('fs');
const fsp = fs.promises;
const calls = [
  ['access', [1]], ['appendFile', [null, 'x']], ['chmod', ['x', 'bad']], ['chown', ['x', 'a', 0]],
  ['copyFile', [{}, 'x']], ['cp', [1, 'x']], ['lchown', [1, 0, 0]], ['link', [1, 'x']], ['lstat', [true]],
  ['lutimes', ['x', 'bad', 1]], ['mkdir', [1]], ['mkdtemp', [1]], ['open', [1]], ['opendir', [1]], ['readdir', [1]],
  ['readFile', [true]], ['readlink', [1]], ['realpath', [1]], ['rename', [1, 'x']], ['rm', [1]], ['rmdir', [1]],
  ['stat', [1]], ['statfs', [1]], ['symlink', [1, 'x']], ['truncate', [12345]], ['unlink', [1]],
  ['utimes', ['x', 'bad', 1]], ['writeFile', [12345, 'x']], ['readFile', [12345]], ['appendFile', [12345, 'x']], ['open', ['x', 'bogus']], ['readFile', ['x', 'nope']],
];
(async () => {
  for (const [name, args] of calls) {
    let p;
    try {
      p = fsp[name](...args);
    } catch (e) {
      console.log(name, 'threw synchronously', e.code);
      continue;
    }
    console.log(name, 'is promise', p instanceof Promise);
    try {
      await p;
      console.log(name, 'resolved');
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
})();
