const qs = require('querystring');
console.log(JSON.stringify(qs.parse('a=1&b=2', [], [])));
console.log(JSON.stringify(qs.parse('abc', [])));
console.log(JSON.stringify(qs.parse('a=1&b=2', ['&'], ['='])));
console.log(JSON.stringify(qs.parse('a%1b%2', '%')));
console.log(JSON.stringify(qs.parse('a+1&b+2', '&', '+')));
console.log(JSON.stringify(qs.parse('a=1+b=2', '+')));
console.log(JSON.stringify(qs.parse('a=1&b=2', { toString: () => '&' }, { toString: () => '=' })));
console.log(JSON.stringify(qs.parse('a\n1\tb\n2', '\t', '\n')));
