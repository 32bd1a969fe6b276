const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
// Per-drive working directories live in '=X:' environment entries (as cmd.exe keeps them). POSIX
// hosts cannot hold such names, so a stand-in object replaces process.env.
process.cwd = () => 'C:\\cwd';
process.env = { '=D:': 'D:\\deep\\dir', '=E:': 'C:\\elsewhere', '=F:': 'f:/fwd', '=G:': 'rel', '=C:': 'C:\\other' };
for (const p of ['D:', 'D:x', 'd:x', 'E:y', 'F:z', 'G:q', 'H:', 'C:w', 'C:\\abs', 'x']) {
  show(p, () => path.win32.resolve(p));
}
show('ns', () => path.win32.toNamespacedPath('D:x'));
show('relative', () => path.win32.relative('D:a', 'D:b\\c'));
process.env = {};
show('D:x without', () => path.win32.resolve('D:x'));
