const qs = require('querystring');
const inputs = ['%E9', '%C3', '%C3%28', '%E2%82', '%E2%28%A1', '%F0%9F%98', '%F0%28%8C%BC', '%ED%A0%80', '%C0%AF', '%F4%90%80%80',
  '%E0%80%80', '%EF%BF%BF', '%F8%88%80%80%80', '%FF', '%80%80', 'é%zz', '😀%', '\uD800%', '%C3%A9%E9%41', '%EF%BB%BFx%zz'];
for (const s of inputs) {
  const r = qs.unescape(s);
  console.log(JSON.stringify(s), JSON.stringify(r), [...r].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
