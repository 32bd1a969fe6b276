'use strict';
// The server destroys the request: without an error the client sees a hang-up; with an error
// the request emits it (when listened for) and both request and response close.
const http = require('http');

const server = http.createServer((req, res) => {
  const log = [];
  req.on('error', (e) => log.push(`req error ${e.message}`));
  req.on('aborted', () => log.push('req aborted'));
  req.on('close', () => log.push('req close'));
  res.on('close', () => {
    log.push(`res close, writableEnded ${res.writableEnded}`);
    setTimeout(() => console.log(`server ${req.url}: ${log.join(', ')}`), 20);
  });
  if (req.url === '/plain') req.destroy();
  else req.destroy(new Error('rejected by server'));
  log.push(`destroyed ${req.destroyed} socket destroyed ${req.socket.destroyed}`);
});

function post(path) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path, agent: false });
    req.on('response', (res) => console.log(path, 'unexpected response', res.statusCode));
    req.on('error', (e) => {
      setTimeout(() => {
        console.log(`client ${path}: error ${e.code} ${e.message}`);
        resolve();
      }, 50);
    });
    req.write('some body');
  });
}

server.listen(0, '127.0.0.1', async () => {
  await post('/plain');
  await post('/with-error');
  server.close();
});
