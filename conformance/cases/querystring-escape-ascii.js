const qs = require('querystring');
const kept = [];
const escaped = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const e = qs.escape(ch);
  if (e === ch) kept.push(ch);
  else escaped.push(e);
}
console.log(kept.join(''));
console.log(escaped.join(' '));
console.log(qs.escape('\u0080\u07FF\u0800\uFFFF'));
