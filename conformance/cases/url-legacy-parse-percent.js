// Percent signs: kept as they are in paths, never decoded except in auth.
const url = require('url');
for (const s of ['http://host/a%20b', 'http://host/%', 'http://host/?%', 'http://host/#%', 'http://host/%zz', 'http://h%41st/',
  'http://%/', 'http://u%3Aser:p%3Ass@host/', 'http://host/%E2%82%AC?q=%E2%82%AC']) {
  const u = url.parse(s, true);
  console.log(JSON.stringify(s), JSON.stringify(u.auth), u.host, u.pathname, u.query, u.href);
}
