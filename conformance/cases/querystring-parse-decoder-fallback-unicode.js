const qs = require('querystring');
const r = qs.parse('a=%E9t%E9&b=%C3%A9t%C3%A9&c=caf%E9+au+lait', null, null, {
  decodeURIComponent: (s) => decodeURIComponent(s),
});
console.log(r);
console.log(qs.parse('a=%E9', null, null, { decodeURIComponent: unescape }));
