const qs = require('querystring');
for (const s of ['a+b=c+d', '+=+', '+', 'a=++', 'a%2Bb=c%2bd', 'a=1+%2B+2', 'key+with+spaces=value+with+spaces', 'a=+%zz']) {
  console.log(JSON.stringify(s), '->', JSON.stringify(qs.parse(s)));
}
