const path = require('path');
console.log(JSON.stringify([path.sep, path.delimiter, path.posix.sep, path.posix.delimiter, path.win32.sep, path.win32.delimiter]));
console.log('a/b/c'.split(path.sep), 'C:\\a\\b'.split(path.win32.sep));
console.log('/usr/bin:/bin'.split(path.delimiter), 'C:\\x;D:\\y'.split(path.win32.delimiter));
