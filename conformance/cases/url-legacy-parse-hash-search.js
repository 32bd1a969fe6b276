// '?' and '#' in every order.
const url = require('url');
for (const s of ['http://h/a?b?c#d#e', 'http://h/a#b?c', 'http://h?', 'http://h#', 'http://h?#', 'http://h/?', '?', '#', '?#',
  '/?a#b', '#hash', '?a=1&b=2', 'http://example.com?foo=@bar#frag', 'http://example.com#frag=?bar/#frag',
  'http://example.com?foo=/bar/#frag']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify([u.pathname, u.search, u.query, u.hash, u.path, u.href]));
}
