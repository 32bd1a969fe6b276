// URL.canParse().
const cases = [['http://a'], ['a:b'], ['/x'], ['/x', 'http://base'], ['x', 'nope'], [''], ['', 'http://a/'], ['http://[::1]'],
  ['http://[::1'], ['file:'], ['http://a:99999'], [null], [undefined, 'http://a/']];
for (const args of cases) console.log(JSON.stringify(args), URL.canParse(...args));
try { URL.canParse(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof URL.canParse, URL.canParse.length);
