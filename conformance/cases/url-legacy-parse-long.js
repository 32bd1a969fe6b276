// Very long inputs parse in reasonable time and keep their length.
const url = require('url');
const long = 'a'.repeat(200000);
let u = url.parse(`http://host/${long}?${long}#${long}`);
console.log(u.pathname.length, u.search.length, u.hash.length, u.href.length);
u = url.parse(`http://host/${' '.repeat(20000)}x`);
console.log(u.pathname.length, u.pathname.slice(0, 10));
u = url.parse(`http://host/${'\\'.repeat(20000)}?x`);
console.log(u.pathname.length, u.pathname.slice(0, 5));
u = url.parse(`http://${long}/x`);
console.log(JSON.stringify(u.hostname), u.pathname.length);
u = url.parse(`http://${'\t'.repeat(20000)}host/`);
console.log(u.host);
u = url.parse(`${' '.repeat(50000)}http://h/${' '.repeat(50000)}`);
console.log(u.href);
console.log(url.resolve(`http://h/${'a/'.repeat(20000)}`, '../../x').length);
console.log(url.format({ protocol: 'http', host: 'h', pathname: `/${'?#'.repeat(20000)}` }).length);
