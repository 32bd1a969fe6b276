// path.join and path.resolve, 1,000,000 calls each.
const path = require('path');
let total = 0;
for (let i = 0; i < 1000000; i++) {
  total += path.join('/usr/local', 'lib', '../share', `file${i & 7}.txt`).length;
  total += path.resolve('/srv/app', './src', `mod${i & 7}.js`).length;
}
console.log(total);
