'use strict';
// OutgoingMessage's header store: set/get/has/remove/append, getHeaders, names, raw names, errors.
const http = require('http');
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
res.setHeader('Content-Type', 'text/html');
res.setHeader('X-Multi', ['a', 'b']);
res.setHeader('x-num', 42);
console.log(res.getHeader('content-type'), res.getHeader('X-MULTI'), res.getHeader('x-num'), res.getHeader('nope'));
console.log(res.hasHeader('CONTENT-TYPE'), res.hasHeader('x'), res.getHeaderNames(), res.getRawHeaderNames());
console.log(res.getHeaders());
res.appendHeader('x-multi', 'c');
res.appendHeader('set-cookie', 'a=1');
res.appendHeader('set-cookie', ['b=2', 'c=3']);
console.log(res.getHeader('x-multi'), res.getHeader('set-cookie'));
res.removeHeader('x-num');
console.log(res.getHeaderNames(), res.headersSent);
for (const [name, value] of [['', 'x'], ['bad name', 'x'], ['ok', undefined], ['ok', 'a\nb'], [42, 'x'], ['ok', 'é∂']]) {
  try { res.setHeader(name, value); console.log('set', name, 'ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { res.getHeader(1); } catch (e) { console.log(e.code, e.message); }
try { res.removeHeader(); } catch (e) { console.log(e.code, e.message); }
for (const [n, v] of [['x-ok', 'v'], ['x bad', 'v'], ['x-ok', '\u0000']]) {
  try { http.validateHeaderName(n); http.validateHeaderValue(n, v); console.log('valid', n); } catch (e) { console.log(e.code, e.message); }
}
try { http.validateHeaderValue('x', undefined); } catch (e) { console.log(e.code, e.message); }
console.log(http.STATUS_CODES[418], http.STATUS_CODES[999], Object.keys(http.STATUS_CODES).length, http.METHODS.length, http.METHODS.slice(0, 5));
console.log(http.maxHeaderSize, typeof http.globalAgent, http.globalAgent.keepAlive, http.globalAgent.options.timeout);
