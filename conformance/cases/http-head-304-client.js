'use strict';
// Responses without bodies on the client: HEAD with Content-Length, 304 with Content-Length,
// 204; the connection stays usable and the next response parses right.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/304') {
    res.writeHead(304, { 'Content-Length': 10, ETag: '"v1"' });
    res.end();
  } else if (req.url === '/204') {
    res.writeHead(204, { 'X-Empty': 'yes' });
    res.end();
  } else if (req.url === '/head') {
    res.setHeader('Content-Length', 11);
    res.end(req.method === 'HEAD' ? undefined : 'hello world');
  } else if (req.url === '/head-chunked') {
    res.write('a');
    res.end('b');
  } else {
    res.end(`plain ${req.method}`);
  }
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function request(method, path) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(method, path, res.statusCode, res.statusMessage, JSON.stringify(body), res.headers['content-length'],
          res.headers['transfer-encoding'], res.complete, 'reused', req.reusedSocket);
        resolve();
      });
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await request('GET', '/304');
  await request('GET', '/after');
  await request('HEAD', '/head');
  await request('GET', '/head');
  await request('HEAD', '/head-chunked');
  await request('GET', '/head-chunked');
  await request('GET', '/204');
  await request('HEAD', '/other');
  await request('GET', '/other');
  agent.destroy();
  server.close();
});
