// url.parse() of typical URLs: the whole Url object as util.inspect shows it.
const url = require('url');
console.log(url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('https://example.org'));
console.log(url.parse('HTTP://WWW.Example.COM/A/B?C=D#E'));
console.log(url.parse('/just/a/path?x=1'));
console.log(url.parse('relative/path#frag'));
console.log(url.parse('ftp://ftp.example.com/pub/file.txt'));
