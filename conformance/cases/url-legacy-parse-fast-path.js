// Plain paths skip host parsing and escaping entirely.
const url = require('url');
for (const s of ['/a/b', '/a"b<c>', '//a/b', '///a', '/a b', '/a?b c', '/a?b?c', '/a?', '/', '//', '/\u3000x', '/é?é']) {
  console.log(JSON.stringify(s), JSON.stringify(url.parse(s)));
}
console.log(url.parse('/a?x=1', true).query, url.parse('/a', true).query, url.parse('/a', true).search);
