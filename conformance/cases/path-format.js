const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const o of [{}, { root: '/' }, { dir: '/a' }, { dir: '/a', base: 'b' }, { root: '/', base: 'b' },
  { root: '/', dir: '/', base: 'b' }, { name: 'x', ext: 'js' }, { name: 'x', ext: '.js' }, { base: 'b', name: 'x', ext: 'js' },
  { root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', name: 'file', ext: '.txt' },
  { dir: 'd', root: 'r', base: 'b' }, { ext: 5 }, { name: 0, ext: 0 }, { dir: 1, base: 2 }]) {
  show(`format(${JSON.stringify(o)})`, () => [path.posix.format(o), path.win32.format(o)]);
}
show('win32 drive', () => path.win32.format({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }));
show('inherited', () => path.format(Object.create({ dir: '/inh', base: 'b' })));
