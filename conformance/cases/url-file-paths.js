const { fileURLToPath, pathToFileURL, URL: UrlFromModule } = require('node:url');
console.log(UrlFromModule === URL, typeof URL, typeof URLSearchParams);
for (const p of ['/a/b', '/a b/c%d', '/x/y/', '/t#h?q', '/ünï/çödé']) console.log(pathToFileURL(p).href);
console.log(pathToFileURL('rel/x').href.startsWith('file:///'), pathToFileURL('rel/x').href.endsWith('/rel/x'));
for (const u of ['file:///a/b', 'file://localhost/x%20y', new URL('file:///z/%E2%98%83')]) console.log(fileURLToPath(u));
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2Fb', 42]) {
  try { fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message.split('.')[0]); }
}
import('node:url').then((m) => console.log(typeof m.fileURLToPath, typeof m.default.URL));
