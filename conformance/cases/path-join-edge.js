const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const inputs = [[], [''], ['', ''], ['.'], ['', '.'], ['./'], ['.', './'], ['/', ''], ['', '/'], ['//'], ['a//', '//b'],
  ['a', ''], ['', 'a'], ['/a/', ''], ['.', '.', '.'], ['..', '..'], ['a/.', './b'], ['/./', '/../']];
for (const args of inputs) {
  show(`join(${JSON.stringify(args)})`, () => [path.posix.join(...args), path.win32.join(...args)]);
}
