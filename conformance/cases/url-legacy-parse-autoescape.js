// Characters url.parse() always percent-encodes after the host.
const url = require('url');
console.log(url.parse('http://x:1/\' <>"`/{}|\\^~`/').href);
console.log(url.parse('http://host/p?q=a b&c="d"#e f<g>').href);
console.log(url.parse("http://host/{a}|^`'").path);
console.log(url.parse('HtTp://x.y.cOm;a/b/c?d=e#f g<h>i'));
console.log(url.parse('http://host/%zz%41%/é?é#é').href);
console.log(url.parse('http://google.com" onload="alert(42)/').href);
