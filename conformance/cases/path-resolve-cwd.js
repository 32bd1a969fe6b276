const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
// Relative to the real working directory, printed relative to it.
const cwd = process.cwd();
for (const p of ['', '.', 'a', 'a/b/..', '..', '../..']) {
  const r = path.resolve(p);
  console.log(JSON.stringify(p), path.isAbsolute(r), JSON.stringify(path.relative(cwd, r)), r === path.join(cwd, p || '.'));
}
console.log(path.resolve() === cwd, path.resolve('') === cwd, path.resolve(__dirname) === __dirname);
console.log(path.relative(cwd, path.resolve(__filename)));
