const qs = require('querystring');
for (const s of [' a = 1 & b = 2 ', 'a=1\n&b=2', 'a%09b=c%0Ad', '\ta=\t', 'a=%20%20']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.parse(s)));
}
