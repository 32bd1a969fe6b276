// Host name validation: invalid labels split into the path, 255-character limit, underscores.
const url = require('url');
const cases = ['http://x.y.com+a/b/c', 'http://a;b/', 'http://a{b}/', 'http://_jabber._tcp.google.com/test',
  'http://-lovemonsterz.tumblr.com/rss', 'http://x...y...#p', 'http://a*b/', 'http://a!b$c&d/', 'http://0x7f.1/',
  'http://999.999.999.999/a', 'http://a..b/', `http://${'a'.repeat(63)}.com/`, `http://${'a'.repeat(64)}.com/`,
  `http://${'a'.repeat(255)}/x`, `http://${'a'.repeat(256)}/x`];
for (const s of cases) {
  const u = url.parse(s);
  console.log(s.length, JSON.stringify(u.hostname.length > 40 ? u.hostname.length : u.hostname), u.host.length, u.pathname, u.href.length);
}
