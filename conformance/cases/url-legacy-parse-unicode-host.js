// Host names are lower-cased and punycoded (IDNA).
const url = require('url');
for (const s of ['http://www.日本語.com/', 'http://example.Bücher.com/', 'http://www.Äffchen.com/', 'http://SÉLIER.COM/',
  'http://➡.ws/➡', 'http://💩.la/', 'http://MÜNCHEN.de:81/p', 'http://xn--mnchen-3ya.de/', 'http://a。b/', 'http://ß.de/',
  'http://ſ.de/', 'http://ü.1/', 'http://a\u00adb/']) {
  const u = url.parse(s);
  console.log(u.host, u.hostname, u.pathname, u.href);
}
