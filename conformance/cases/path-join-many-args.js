const path = require('path');
console.log(path.join(...new Array(50).fill('x')).length, path.win32.join(...new Array(50).fill('y')).length);
console.log(path.join(...'abcdefghijklmnopqrstuvwxyz'.split('')));
console.log(path.resolve(...'/abcdefghijklmnopqrstuvwxyz'.split('')));
console.log(path.win32.resolve('C:\\', ...'abcdefghijklmnopqrstuvwxyz'.split('')));
console.log(path.join(...new Array(30).fill('..')), path.join('/', ...new Array(30).fill('..')));
