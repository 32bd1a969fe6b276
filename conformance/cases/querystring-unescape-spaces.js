// decodeSpaces only matters when decodeURIComponent fails.
const qs = require('querystring');
for (const s of ['a+b', 'a+b%', 'a+b%41', 'a+b%zz', '+%', '%+']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s, false)), JSON.stringify(qs.unescape(s, true)));
}
