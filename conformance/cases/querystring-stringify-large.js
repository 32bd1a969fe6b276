const qs = require('querystring');
const obj = {};
for (let i = 0; i < 3000; i++) obj[`key ${i}`] = i % 2 ? `value ${i}` : [i, `x${i}`];
const s = qs.stringify(obj);
console.log(s.length, s.slice(0, 80), s.slice(-40));
const back = qs.parse(s, null, null, { maxKeys: 0 });
console.log(Object.keys(back).length, back['key 1'], back['key 2']);
