// url.format(string) parses first: a way to normalize URLs.
const url = require('url');
for (const s of ['HTTP://Example.COM', 'http://user:pw@h/a b?c d#e f', 'http://h:abc/', 'mailto:A@B', '//h/p', 'a\\b',
  'http://ü.com/ü', ' http://x ', 'javascript:a b', 'file:x', '?q', '#h', '']) {
  console.log(JSON.stringify(s), '->', JSON.stringify(url.format(s)));
}
