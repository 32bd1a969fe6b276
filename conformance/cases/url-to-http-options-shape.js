// urlToHttpOptions: a null-prototype object, extra own properties of the input kept first,
// and a plain copy of a URL (no getters) giving undefined fields instead of throwing.
'use strict';
const { urlToHttpOptions } = require('url');
const u = new URL('http://us%40er:p%3Ass@[::1]:8080/a/b?c=d#e');
u.agent = 'custom';
const o = urlToHttpOptions(u);
console.log(Object.getPrototypeOf(o) === null, Object.keys(o).join(','));
console.log(o.hostname, o.port, typeof o.port, o.auth, o.path, o.href);
const noPort = urlToHttpOptions(new URL('https://example.org/'));
console.log('port' in noPort, 'auth' in noPort, noPort.path);
const copied = urlToHttpOptions({ ...new URL('http://x.test:1/y') });
console.log(Object.keys(copied).join(','), copied.port, JSON.stringify(copied.path), copied.hostname);
const plain = urlToHttpOptions({ protocol: 'http:', hostname: '[fe80::2]', pathname: '/p', search: '?s', port: '99', username: 'a b', password: '' });
console.log(plain.hostname, plain.port, plain.path, plain.auth, plain.username);
