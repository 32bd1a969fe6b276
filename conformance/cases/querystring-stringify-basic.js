const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: 'two', c: true }));
console.log(qs.stringify({ 'a b': 'c d', 'e&f': 'g=h', q: 'a+b' }));
console.log(qs.stringify({ name: 'Jöhn Dœ', emoji: '😀' }));
console.log(qs.stringify({}));
console.log(qs.stringify({ '': '' }), qs.stringify({ '': 'x' }), qs.stringify({ a: '' }));
console.log(qs.stringify({ a: '', b: '' }));
console.log(qs.encode({ x: 1 }));
