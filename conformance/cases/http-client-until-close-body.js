'use strict';
// Responses framed by the connection closing (no Content-Length, no chunking), over HTTP/1.1 and
// HTTP/1.0: the whole body arrives, res.complete, and the keep-alive agent does not pool the
// socket; a keep-alive HTTP/1.0 response with a length is reused.
const http = require('http');
const net = require('net');

const replies = {
  '/v11': 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ',
  '/v10': 'HTTP/1.0 200 OK\r\n\r\nold style, ',
  '/v10-ka': 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 5\r\n\r\nhello',
};

let connections = 0;
const server = net.createServer((socket) => {
  connections++;
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    const path = /^GET (\S+)/.exec(d)[1];
    socket.write(replies[path]);
    if (path === '/v10-ka') return;
    setTimeout(() => socket.end('the rest'), 20);
  });
});

const agent = new http.Agent({ keepAlive: true });

function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        const line = [path, res.httpVersion, res.statusCode, JSON.stringify(body), `complete=${res.complete}`,
          `reused=${req.reusedSocket}`, `keepAlive=${req.shouldKeepAlive}`];
        setTimeout(() => {
          const free = Object.values(agent.freeSockets).reduce((n, list) => n + list.length, 0);
          console.log(...line, `free=${free}`);
          resolve();
        }, 30);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('/v11');
  await get('/v10');
  await get('/v10-ka');
  await get('/v10-ka');
  console.log('connections', connections);
  agent.destroy();
  server.close();
});
