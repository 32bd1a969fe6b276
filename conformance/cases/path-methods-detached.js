const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const { join, resolve, relative, dirname, basename, extname, parse, format, normalize, isAbsolute } = path;
process.cwd = () => '/base';
console.log(join('a', 'b'), resolve('c'), relative('/a/b', '/a/c'), dirname('/x/y'), basename('/x/y.z', '.z'));
console.log(extname('q.w'), parse('/e/r.t').name, format({ dir: '/d', base: 'b' }), normalize('a//b'), isAbsolute('/'));
const w = path.win32;
console.log([w.join, w.resolve].map((f) => f.call(null, 'x', 'y')).join(' '));
console.log(path.join.call({}, 'a', '..', 'b'), path.win32.basename.apply(undefined, ['C:\\a.b', '.b']));
