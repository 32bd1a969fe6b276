'use strict';
// Event order on both sides of one request: request/response objects' finish, end and close.
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  req.on('end', () => log.push('server req end'));
  req.on('close', () => log.push('server req close'));
  res.on('finish', () => log.push('server res finish'));
  res.on('close', () => log.push('server res close'));
  req.resume();
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    log.push('client response');
    res.on('data', () => log.push('client res data'));
    res.on('end', () => log.push('client res end'));
    res.on('close', () => {
      log.push('client res close');
      setTimeout(() => {
        server.close(() => {
          console.log(log.join('\n'));
        });
      }, 20);
    });
  });
  req.on('finish', () => log.push('client req finish'));
  req.on('close', () => log.push('client req close'));
  req.on('socket', () => log.push('client req socket'));
});
