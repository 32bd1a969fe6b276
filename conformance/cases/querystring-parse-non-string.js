const qs = require('querystring');
for (const v of [undefined, null, 1, true, {}, [], ['a=1'], { toString() { return 'a=1'; } }, new String('a=1'), Symbol('s')]) {
  const r = qs.parse(v);
  console.log(typeof v, Object.getPrototypeOf(r), Object.keys(r).length);
}
console.log(qs.parse());
