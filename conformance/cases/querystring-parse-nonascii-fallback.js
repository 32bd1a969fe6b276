// When decodeURIComponent fails, Node decodes byte by byte: other characters keep only their low
// 8 bits, and bytes that are not UTF-8 become U+FFFD.
const qs = require('querystring');
const inputs = ['a=é%zz%41', 'a=é%41', 'a=é%zz', 'k=😀%zz%41', 'k=€%E9', '%e2%82=\ud83d%zz', '%41%42=\ud83d%', '%41=\ud83d%',
  'k=%bz+é', 'k=%bz%20é', 'é+=%41é', 'k=%E9é%41'];
for (const s of inputs) console.log(JSON.stringify(s), '->', JSON.stringify(qs.parse(s)));
