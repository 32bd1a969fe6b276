const qs = require('querystring');
console.log(qs.stringify({ é: '€', '😀': '\uD83D\uDE00', 中文: '字' }));
console.log(qs.stringify({ lone: '\uDC00a' }));
console.log(qs.stringify({ hi: '\uD800b' }));
console.log(qs.stringify({ pair: '\uDBFF\uDFFF' }));
for (const v of ['\uD800', 'x\uDBFF', '\uD83D']) {
  try {
    console.log(qs.stringify({ v }));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
