'use strict';
// Aborting a request's signal while its response body streams, with the default reason, an
// Error and a string: the request's AbortError (code ABORT_ERR, the reason as its cause), the
// response's 'aborted' and ECONNRESET error, and the flags afterwards.
const http = require('http');

// The body never finishes: the client aborts after the first chunk.
const server = http.createServer((req, res) => res.write('start;'));

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const reason of [undefined, new Error('why'), 'str']) {
    await new Promise((resolve) => {
      const ac = new AbortController();
      const log = [];
      const req = http.get({ host: '127.0.0.1', port, agent: false, signal: ac.signal }, (res) => {
        res.once('data', () => (reason === undefined ? ac.abort() : ac.abort(reason)));
        res.on('aborted', () => log.push('res aborted'));
        res.on('error', (e) => log.push(`res error ${e.name} ${e.code} ${e.message}`));
        res.on('end', () => log.push('res end'));
        res.on('close', () => log.push('res close'));
      });
      req.on('error', (e) => log.push(`req error ${e.name} ${e.code} ${e.message} cause=${e.cause} same=${e.cause === reason}`));
      req.on('abort', () => log.push('abort'));
      req.on('close', () => log.push('req close'));
      // The response's 'close' comes last.
      const report = () => setImmediate(() => {
        console.log(String(reason), log.join(' | '), `destroyed=${req.destroyed} aborted=${req.aborted}`);
        resolve();
      });
      req.on('response', (res) => res.on('close', report));
    });
  }
  server.closeAllConnections();
  server.close();
});
