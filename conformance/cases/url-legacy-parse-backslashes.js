// Back slashes before '?' or '#' read as slashes (as in browsers); after them they are escaped.
const url = require('url');
for (const s of ['http:\\\\host\\path\\x?y\\z#w\\v', '\\\\host\\path', 'http://host\\path', 'a\\b?c\\d', '/\\x', 'http:/\\h/x',
  'file:\\\\\\C:\\dir\\f.txt', 'http://h/a#b\\c']) {
  const u = url.parse(s, false, true);
  console.log(JSON.stringify(s), u.host, u.pathname, u.search, u.hash, u.href);
}
