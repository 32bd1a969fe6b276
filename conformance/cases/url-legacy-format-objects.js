// url.format() of plain objects: host vs hostname+port, slashes, query objects, escaping.
const url = require('url');
const objects = [
  {}, { protocol: 'http' }, { protocol: 'http:', host: 'a.com' }, { protocol: 'http', hostname: 'a.com', port: 80 },
  { protocol: 'http', hostname: 'a.com', port: '8080', pathname: 'x' }, { protocol: 'file' }, { protocol: 'file:', pathname: '/etc' },
  { protocol: 'mailto', host: 'a@b' }, { protocol: 'mailto', slashes: true, host: 'b', auth: 'a' }, { hostname: '::1' },
  { pathname: '/a?b#c' }, { pathname: '/a', search: 'x=1' }, { search: 'a#b#c' }, { hash: 'x' }, { hash: '#x' },
  { query: { a: 1, b: [2, 3] } }, { query: 'a=1' }, { query: {} }, { query: { a: 1 }, search: '?b=2' },
  { query: { 'a b': 'c&d' }, pathname: '/p' }, { slashes: true, pathname: 'x' }, { slashes: true, host: 'h', pathname: 'x' },
  { protocol: 'foo', host: 'h', pathname: 'p' }, { protocol: 'foo', slashes: true, host: 'h', pathname: 'p' },
  { protocol: 'HTTP', host: 'h' }, { protocol: 'http', host: 'h', pathname: '//x' }, { href: 'http://ignored/', pathname: '/p' },
  { protocol: 'https:', hostname: 'example.com', pathname: '/a b', search: '?q=a b', hash: 'h h' },
];
for (const o of objects) console.log(JSON.stringify(o), '->', JSON.stringify(url.format(o)));
console.log(url.format(Object.assign(new url.Url(), { protocol: 'ws', host: 'x', pathname: '/y' })));
console.log(url.format(new (class { get protocol() { return 'https'; } get host() { return 'getter'; } })()));
console.log(url.format(Object.create(null)), url.format([]), JSON.stringify(url.format(new Date(0))));
