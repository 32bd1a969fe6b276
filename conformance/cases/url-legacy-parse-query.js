// parseQueryString: querystring.parse() objects with a null prototype.
const url = require('url');
for (const s of ['http://h/p?a=1&b=2&a=3', 'http://h/p?', 'http://h/p', '/p?x=%20y&z', '/p', '?a[]=1&a[]=2',
  'http://h/?__proto__=1&constructor=x', 'http://h/p?q=a+b#h', 'mailto:a@b?subject=hi&body=x%20y']) {
  const u = url.parse(s, true);
  console.log(JSON.stringify(s), u.search, u.query, Object.getPrototypeOf(u.query), u.path);
  console.log(' string:', JSON.stringify(url.parse(s, false).query));
}
