// url.resolveObject(): the Url objects, and how a Url relative is changed in place.
const url = require('url');
console.log(url.resolveObject('http://a/b/c?q#h', '../d?e'));
console.log(url.resolveObject('mailto:local1@domain1', 'local2@domain2'));
const rel = url.parse('https:x/y/z');
console.log(url.resolveObject('http://a/b', rel), rel.host, rel.hostname);
const same = { a: 1 };
console.log(url.resolveObject('', same) === same, url.resolveObject(null, 'x'));
console.log(url.resolveObject('http://a/b/c', { pathname: 'd', href: 'd', search: '?q' }));
const base = url.parse('http://a/b');
base.extra = 1;
console.log(base.resolveObject('c').extra, base.resolve('c'), base.resolve(url.parse('../d')));
