// url.format(URL, options): auth / fragment / search / unicode.
const url = require('url');
const inputs = ['http://user:pass@xn--mnchen-3ya.de:8080/a/b?c=d#e', 'https://münchen.de/ü?ü#ü', 'http://[::1]:81/x',
  'file:///tmp/a', 'mailto:a@b.com?subject=x#y', 'foo://u:p@xn--tda/x?y#z', 'http://a/?#', 'http://:p@a/', 'web+demo:/.//x/'];
const options = [undefined, {}, { unicode: true }, { auth: false }, { search: false }, { fragment: false },
  { unicode: 1, auth: 0, search: '', fragment: null }];
for (const s of inputs) {
  const u = new URL(s);
  console.log(s);
  for (const o of options) console.log(' ', JSON.stringify(o), url.format(u, o));
}
