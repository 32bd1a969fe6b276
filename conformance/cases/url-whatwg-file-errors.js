// fileURLToPath / pathToFileURL argument errors and edge cases.
const { fileURLToPath, pathToFileURL } = require('url');
for (const v of [42, null, undefined, {}, 'http://x/', 'file://host/x', 'file:///a%2Fb', 'file:///a%2fb', 'not a url', new URL('https://a/')]) {
  try { console.log(fileURLToPath(v)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const v of [42, null, undefined, {}, ['x']]) {
  try { pathToFileURL(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(fileURLToPath('file:///a/%E2%82%AC/b%20c'), fileURLToPath('file://localhost/x'));
for (const p of ['/a/b/', '/a%b', '/a\\b', '/a\nb', '/a\tb', '/?#', '/a/./b/../c']) console.log(pathToFileURL(p).href);
