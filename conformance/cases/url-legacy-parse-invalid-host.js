// Host names that IDNA rejects throw ERR_INVALID_URL (a TypeError with `input`).
const url = require('url');
process.on('warning', (w) => console.log('warning:', w.code));
for (const s of ['http://xn--a/x', 'http://xn--/', 'http://\u0000b/x', 'http://\u00ad/', 'http://a\u200db/',
  'http://[::1/x', 'http://[::1]:port/x', 'http://a[b/', 'http://xn--zz.com/']) {
  try {
    const u = url.parse(s);
    console.log('ok', JSON.stringify(u.href));
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), Object.keys(e).join(','), e instanceof TypeError);
  }
}
