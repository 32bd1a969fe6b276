// Url.prototype.parse on an existing object keeps fields the new parse does not set;
// url.parse() of a Url returns it; parseHost() splits host and port.
const url = require('url');
const o = new url.Url();
console.log(o.parse('http://user@host:81/a?b#c') === o);
o.parse('/x');
console.log(o);
o.parse('mailto:a@b', true);
console.log(o);
const p = url.parse('http://a/');
console.log(url.parse(p) === p, url.parse(p, true) === p);
const h = new url.Url();
h.host = 'Example.com:8080';
h.parseHost();
console.log(h.hostname, h.port);
for (const host of ['a:', ':', ':1', 'a:1:2', '[::1]:3', '', 'abc', 5, null]) {
  const x = new url.Url();
  x.host = host;
  x.parseHost();
  console.log(JSON.stringify(host), JSON.stringify(x.hostname), JSON.stringify(x.port));
}
