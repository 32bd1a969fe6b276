// Trimming, tabs and newlines (dropped in the host), spaces (escaped in the path).
const url = require('url');
for (const s of ['  http://example.com  ', '\t\nhttp://example.com/\r\n', '\u00a0http://example.com\ufeff', 'http://ho\tst/p',
  'http://h\r\no\tst/a\tb', 'http://host/path with spaces', 'http://a\r" \t\n<\'b:b@c\r\nd/e?f', '/a b', '/a\tb', ' /x ',
  'http://host/ x?y z#w v']) {
  console.log(JSON.stringify(url.parse(s)));
}
