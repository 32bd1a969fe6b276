const qs = require('querystring');
for (const s of ['', '&', '&&', '&=&', '=', '==', 'a', 'a=', '=b', '&a=1&', 'a=1&&b=2', '&&&a', 'a&', '&=', '=&']) {
  console.log(JSON.stringify(s), '->', JSON.stringify(qs.parse(s)), Object.keys(qs.parse(s)).length);
}
