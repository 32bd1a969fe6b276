// Header name/value validation for strings (Latin-1, UTF-16, empty) and other types (which
// are converted the way RegExp#test converts them).
const http = require('http');
for (const v of ['ok', 'a\tb', 'caf\u00e9', '\u20ac', 'x\r\ny', '', 5, 5n, null, true, {toString() { return 'obj'; }}, ['a', 'b']]) {
  try { http.validateHeaderValue('X', v); console.log('ok', typeof v); } catch (e) { console.log(e.code, e.message); }
}
for (const n of ['Content-Type', 'a b', '', 'x\u00e9', 'ok!#$%&*+-.^_`|~', 5, null, undefined, 'Ω']) {
  try { http.validateHeaderName(n); console.log('ok', n); } catch (e) { console.log(e.code, e.message); }
}
const res = new http.ServerResponse(new http.IncomingMessage(null));
res.setHeader('A', 1); res.setHeader('B', ['x', 'y']);
try { res.setHeader('C', 'bad\n'); } catch (e) { console.log(e.code); }
console.log(res.getHeaders());
