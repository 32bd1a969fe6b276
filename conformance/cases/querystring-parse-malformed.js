const qs = require('querystring');
const inputs = ['a=%', 'a=%%', 'a=%2', 'a=%zz', 'a=%2x', 'a=%41%', 'a=%4%41', '%=%', '%zz=%41', 'a=%E9', 'a=%C3',
  'a=%C3%', 'a=%FF%FE', 'a=%ED%A0%80', 'a=%C0%80', 'a=%F0%9F%98', 'a=%zz%41', 'a=%E9%zz', 'a=b%0', 'q=%u00e9'];
for (const s of inputs) console.log(JSON.stringify(s), '->', JSON.stringify(qs.parse(s)));
