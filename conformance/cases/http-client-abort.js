'use strict';
// req.abort(): before the socket, after the response began; events 'abort', 'close', no 'error';
// aborted/destroyed flags; abort twice is harmless.
const http = require('http');

const server = http.createServer((req, res) => {
  res.write('start');
  req.on('close', () => console.log('server: req close', req.url));
});

function run(path, when) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent: false }, (res) => {
      log.push('response');
      res.on('data', () => {
        if (when === 'response') {
          req.abort();
          req.abort();
          log.push(`after abort aborted=${req.aborted} destroyed=${req.destroyed}`);
        }
      });
      res.on('aborted', () => log.push('res aborted'));
      res.on('error', (e) => log.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => log.push('res end'));
      res.on('close', () => log.push('res close'));
    });
    req.on('abort', () => log.push('abort'));
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
    req.on('socket', () => log.push('socket'));
    req.on('close', () => {
      log.push('close');
      setTimeout(() => {
        console.log(when, log.join(' | '));
        resolve();
      }, 30);
    });
    if (when === 'sync') {
      req.abort();
      log.push(`sync aborted=${req.aborted} destroyed=${req.destroyed}`);
    }
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('/sync', 'sync');
  await run('/response', 'response');
  server.close();
});
