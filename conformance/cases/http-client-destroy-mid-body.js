'use strict';
// The client destroys its request while the body is still streaming: the server's request
// reports 'aborted', an ECONNRESET 'aborted' error and 'close'; its response closes unfinished.
const http = require('http');

const server = http.createServer((req, res) => {
  const log = [];
  req.on('data', () => {
    if (!log.includes('data')) {
      log.push('data');
      console.log('server: first data');
    }
  });
  req.on('aborted', () => log.push(`aborted complete=${req.complete}`));
  req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
  req.on('end', () => log.push('end'));
  req.on('close', () => {
    log.push(`req close aborted=${req.aborted} destroyed=${req.destroyed}`);
  });
  res.on('finish', () => log.push('res finish'));
  res.on('close', () => {
    log.push(`res close ended=${res.writableEnded} finished=${res.writableFinished}`);
    setImmediate(() => {
      console.log('server:', log.join(' | '));
      server.close();
    });
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false });
  const log = [];
  req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
  req.on('close', () => {
    log.push(`close destroyed=${req.destroyed}`);
    console.log('client:', log.join(' | '));
  });
  req.write('first part');
  setTimeout(() => req.destroy(), 50);
});
