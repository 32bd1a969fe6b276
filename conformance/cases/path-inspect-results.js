const path = require('path');
console.log(path.parse('/home/u/file.txt'));
console.log(path.win32.parse('C:\\x\\y.z'));
console.log([path.sep, path.delimiter]);
console.log(path.posix.resolve, path.win32.join);
