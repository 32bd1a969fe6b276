const qs = require('querystring');
for (const s of ['', 'abc', 'a%20b', 'a+b', '%41%42', '%E2%82%AC', '%F0%9F%98%80', '%', '%2', '%zz', 'a+b%zz', '%41%', '%%41']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)));
}
for (const v of [1, null, undefined, true]) console.log(JSON.stringify(qs.unescape(v)));
