// Bracketed IPv6 hosts keep their brackets in host, lose them in hostname.
const url = require('url');
for (const s of ['http://[::1]/', 'http://[::1]:8080/a', 'http://[FE80::1]', 'coap://[1080:0:0:0:8:800:200C:417A]:61616/',
  'http://[::FFFF:129.144.52.38]:80/index.html', 'http://[]/a', 'http://[::1]]/a', 'http://user@[::1]:3/?q']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), u.host, u.hostname, u.port, u.pathname, u.href);
}
for (const s of ['http://[::1]x/y', 'http://[::1/x', 'http://[fe80::1%25eth0]/a', 'http://[a b]/x']) {
  try { console.log(url.parse(s).href); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
console.log(url.format({ protocol: 'http', hostname: '::1', port: 80 }), url.format({ hostname: '[::1]', pathname: 'x' }));
