'use strict';
// The server destroys a response: before any head the client gets 'socket hang up'; after the
// head and some body the client's response is aborted with ECONNRESET 'aborted'.
const http = require('http');

const server = http.createServer((req, res) => {
  res.on('close', () => console.log('server res close', req.url, res.destroyed, res.writableEnded));
  if (req.url === '/early') {
    res.destroy();
  } else if (req.url === '/mid') {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('partial');
    setTimeout(() => res.destroy(), 30);
  } else {
    res.write('chunk');
    setTimeout(() => res.destroy(new Error('server boom')), 30);
  }
});

function get(path) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent: false }, (res) => {
      log.push(`response ${res.statusCode}`);
      res.on('data', (d) => log.push(`data ${d}`));
      res.on('aborted', () => log.push('aborted'));
      res.on('error', (e) => log.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => log.push('end'));
      res.on('close', () => log.push(`res close complete=${res.complete} aborted=${res.aborted}`));
    });
    req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
    req.on('close', () => {
      log.push('req close');
      setTimeout(() => {
        console.log(path, log.join(' | '));
        resolve();
      }, 20);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('/early');
  await get('/mid');
  await get('/chunked');
  server.close();
});
