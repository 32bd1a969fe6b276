const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const p of ['\\\\?\\C:\\a', '\\\\?\\C:\\a\\..', '\\\\?\\C:\\', '\\\\?\\C:', '\\\\?\\UNC\\s\\h\\x', '\\\\.\\pipe\\x',
  '\\\\.\\C:\\a\\..', '\\\\?\\', '\\\\.\\', '\\\\??\\C:\\a', '//?/C:/a/..', '\\\\?\\x\\y\\..\\..']) {
  show(`ns ${JSON.stringify(p)}`, () => [path.win32.normalize(p), path.win32.resolve(p), path.win32.join(p, '..'),
    path.win32.toNamespacedPath(p)]);
}
