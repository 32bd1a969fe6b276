const qs = require('querystring');
for (const s of ['a=b=c', 'a==b', 'a===', '==a', 'token=abc==&sig=x=y=z', 'a=1=2&a=3==4']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.parse(s)));
}
