const qs = require('querystring');
const obj = { a: 1, b: [2, 3] };
for (const [sep, eq] of [[';', ':'], ['', ''], [null, null], [undefined, undefined], ['&&', '=='], [1, 2], [0, false], [[], []], [['x'], ['y']], [{ toString: () => '|' }, { toString: () => '~' }]]) {
  console.log(String(sep), String(eq), JSON.stringify(qs.stringify(obj, sep, eq)));
}
