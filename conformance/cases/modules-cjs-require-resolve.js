const root = __dirname.slice(0, __dirname.lastIndexOf('/cases'));
const rel = (p) => p.replace(root, '<root>');
console.log(rel(require.resolve('../fixtures/cjs/add')));
console.log(rel(require.resolve('../fixtures/cjs/dir-index')));
console.log(rel(require.resolve('../fixtures/cjs/pkg-main')));
console.log(rel(require.resolve('../fixtures/cjs/data')));
console.log(require.resolve('util'), require.resolve('node:util'));
console.log(rel(require.resolve('walkup-pkg', { paths: [__dirname + '/../fixtures/cjs'] })));
try { require.resolve('./nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
console.log(typeof require.resolve.paths, require.resolve.paths('util'));
console.log(require.resolve.paths('./x').length, rel(require.resolve.paths('./x')[0]));
