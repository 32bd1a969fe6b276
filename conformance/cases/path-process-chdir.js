const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const start = process.cwd();
process.chdir(__dirname);
const here = process.cwd();
process.chdir('..');
console.log(path.relative(here, path.resolve('x')), path.basename(path.resolve('.')) === path.basename(path.dirname(here)));
process.chdir(start);
console.log(path.resolve('.') === start);
