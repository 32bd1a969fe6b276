const qs = require('querystring');
for (const v of ['', 'abc', 'a b&c=d/e?f#g', 1, 0, -0, 1.5, 1e21, true, null, undefined, {}, [1, 2], { toString() { return 'a b'; } }, 10n, NaN]) {
  console.log(JSON.stringify(qs.escape(v)));
}
try {
  qs.escape(Symbol('s'));
} catch (e) {
  console.log(e.name);
}
