const qs = require('querystring');
const objects = [
  { a: '1', b: ['2', '3'], 'c d': 'e f', '&=?': '#+%' },
  { unicode: 'héllo wörld 😀', empty: '', plus: '1+1=2' },
  { '': 'emptykey', x: ['', '', ''] },
];
for (const o of objects) {
  const s = qs.stringify(o);
  const back = qs.parse(s);
  console.log(s);
  console.log(JSON.stringify(back), JSON.stringify(back) === JSON.stringify(o));
}
console.log(qs.stringify(qs.parse('a=%zz&b=%E9&c=+')));
