'use strict';
// createServer option validation and the defaults a Server starts with.
const http = require('http');

const s = http.createServer();
console.log('defaults', s.timeout, s.keepAliveTimeout, s.maxHeadersCount, s.maxRequestsPerSocket, s.headersTimeout,
  s.requestTimeout, s.requireHostHeader, s.joinDuplicateHeaders, s.maxHeaderSize, s.insecureHTTPParser, s.httpAllowHalfOpen);
for (const opts of [
  { maxHeaderSize: -1 }, { maxHeaderSize: 'x' }, { maxHeaderSize: 1.5 }, { insecureHTTPParser: 'y' },
  { requestTimeout: -5 }, { headersTimeout: 'a' }, { headersTimeout: 5000, requestTimeout: 1000 },
  { joinDuplicateHeaders: 1 }, { rejectNonStandardBodyWrites: 'no' }, { connectionsCheckingInterval: -1 },
  { requestTimeout: 0, headersTimeout: 10 }, { maxHeaderSize: 100, requestTimeout: 2000 },
]) {
  try {
    const server = http.createServer(opts);
    console.log(JSON.stringify(opts), 'ok', server.maxHeaderSize, server.requestTimeout, server.headersTimeout);
  } catch (e) {
    console.log(JSON.stringify(opts), e.code, e.message);
  }
}
for (const arg of ['str', 42, true]) {
  try {
    http.createServer(arg);
    console.log(typeof arg, 'ok');
  } catch (e) {
    console.log(typeof arg, e.code, e.message);
  }
}
const withListener = http.createServer({}, () => {});
console.log('listeners', withListener.listenerCount('request'), http.createServer(() => {}).listenerCount('request'));
console.log('Server without new', http.Server() instanceof http.Server);
const t = s.setTimeout(1234, () => {});
console.log('setTimeout', t === s, s.timeout, s.listenerCount('timeout'));
