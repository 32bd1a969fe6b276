const qs = require('querystring');
const r = qs.parse('a=%41&b=%zz&c+d=e', null, null, {
  decodeURIComponent(s) {
    if (s.includes('%')) throw new Error('cannot');
    return s.toUpperCase();
  },
});
console.log(r);
try {
  qs.parse('a=1&a=2', null, null, { decodeURIComponent: () => null });
} catch (e) {
  console.log('threw', e instanceof TypeError);
}
console.log(qs.parse('a=1&b=2', null, null, { decodeURIComponent: () => undefined }));
