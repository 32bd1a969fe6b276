const qs = require('querystring');
const seen = [];
const encodeURIComponent = (s) => { seen.push(s); return `[${s}]`; };
console.log(qs.stringify({ a: 'x y', b: '', c: 1e21, d: null, e: [1, ''], f: 2n }, null, null, { encodeURIComponent }));
console.log(JSON.stringify(seen));
console.log(qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: (s) => s.length }));
console.log(qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: () => '' }));
console.log(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: 'nope' }));
console.log(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: escape }));
try {
  qs.stringify({ a: 1 }, null, null, { encodeURIComponent() { throw new RangeError('enc failed'); } });
} catch (e) {
  console.log(e.name, e.message);
}
