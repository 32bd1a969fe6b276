// User info: the last '@' before the path wins; auth is percent-decoded.
const url = require('url');
for (const s of ['http://user:pw@host/', 'http://a@b@c/', 'http://a@b?@c', 'http://a@b/c@d', 'http://:@host/',
  'http://user:@host/', 'http://:pw@host/', 'http://us%20er:p%40ss@host/', 'http://atpass:foo%40bar@127.0.0.1:8080/x',
  'http://a:b:c@host/', 'http://%C3%BC:%E2%82%AC@host/', 'http://user@/path', 'http://@host/', 'mailto:user@example.com']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(u.auth), u.host, u.href);
}
try { url.parse('http://%zz@host/'); } catch (e) { console.log(e.name); }
