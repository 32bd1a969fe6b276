'use strict';
// Timeouts: req.setTimeout on the client ('timeout' event, then destroy), server.setTimeout and
// the socket's 'timeout', and res.setTimeout.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/never') return;
  setTimeout(() => res.end('late'), 200);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/never', agent: false });
  req.setTimeout(50, () => {
    console.log('client timeout fired, destroyed:', req.destroyed);
    req.destroy();
  });
  req.on('error', (e) => console.log('client error:', e.code, e.message));
  req.on('close', () => {
    console.log('client closed');
    const req2 = http.get({ port, host: '127.0.0.1', path: '/slow', agent: false, timeout: 50 });
    req2.on('timeout', () => { console.log('option timeout fired'); req2.destroy(new Error('gave up')); });
    req2.on('error', (e) => console.log('req2 error:', e.message));
    req2.on('close', () => { server.closeAllConnections(); server.close(() => console.log('done')); });
  });
});
