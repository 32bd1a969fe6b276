'use strict';
// http.STATUS_CODES, METHODS, and statuses on the wire: odd codes, custom messages, invalid codes.
const http = require('http');
for (const code of [100, 102, 103, 207, 208, 226, 308, 418, 421, 425, 426, 428, 451, 506, 508, 509, 510, 511, 299, 600]) {
  console.log(code, JSON.stringify(http.STATUS_CODES[code]));
}
console.log(Object.keys(http.STATUS_CODES).length, Object.keys(http.STATUS_CODES).join(','));
console.log(http.METHODS.length, http.METHODS.join(','));
const server = http.createServer();
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
for (const code of [99, 1000, '200', 200.5, -1, 'abc', null, undefined, NaN, 0]) {
  try {
    const r = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
    r.writeHead(code);
    console.log('writeHead', JSON.stringify(code), 'ok', r.statusCode, r.statusMessage);
  } catch (e) {
    console.log('writeHead', String(code), e.code, e.message);
  }
}
for (const msg of ['Fine', 'tab\there', 'bad\r\nX: y', 'nul\0', 'é', '']) {
  try {
    const r = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
    r.writeHead(200, msg);
    console.log('message', JSON.stringify(msg), 'ok', JSON.stringify(r.statusMessage));
  } catch (e) {
    console.log('message', JSON.stringify(msg), e.code, e.message);
  }
}
console.log(res.statusCode, res.statusMessage, res.sendDate, res.chunkedEncoding, res.useChunkedEncodingByDefault, res.shouldKeepAlive);
server.close();
