// fileURLToPath / pathToFileURL with { windows: true | false }: drive letters, UNC hosts,
// backslashes as separators, and the errors each rule set raises.
'use strict';
const { fileURLToPath, pathToFileURL } = require('url');
const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, JSON.stringify(r instanceof URL ? r.href : r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
const toPath = [
  'file:///D:/work/notes.txt', 'file:///d:/Mixed%20Case/', 'file:///E:/a%25b/c%23d',
  'file://server/share/dir/file.txt', 'file://xn--bcher-kva.example/share/x',
  'file:///Z:/%E2%9C%93', 'file:///D:/bad%2fslash', 'file:///D:/bad%5Cslash',
  'file:///no-drive/here', 'file:///1:/digit', 'file://localhost/D:/local',
];
for (const u of toPath) {
  show(`win  ${u}`, () => fileURLToPath(u, { windows: true }));
  show(`win(URL) ${u}`, () => fileURLToPath(new URL(u), { windows: true }));
  show(`posix ${u}`, () => fileURLToPath(u, { windows: false }));
}
show('null options', () => fileURLToPath('file:///srv/x', null));
show('empty options', () => fileURLToPath('file:///srv/x', {}));
show('posix host', () => fileURLToPath('file://elsewhere/srv/x'));

const toURL = [
  'D:\\projects\\app\\index.js', 'd:\\Trailing\\', 'E:\\with space\\50%\\#1?.txt',
  'C:\\tab\there', 'C:\\ünï\\€', '\\\\fileserver\\public\\readme.md',
  '\\\\?\\UNC\\host2\\share\\f', '\\\\\\missing-server', '\\\\lonelyhost',
];
for (const p of toURL) show(`url win ${JSON.stringify(p)}`, () => pathToFileURL(p, { windows: true }));
for (const p of ['/srv/a\\b', '/srv/50%/x#y', '/srv/dir/']) {
  show(`url posix ${JSON.stringify(p)}`, () => pathToFileURL(p, { windows: false }));
  show(`url default ${JSON.stringify(p)}`, () => pathToFileURL(p, null));
}
show('url bad type', () => pathToFileURL(42, { windows: true }));
