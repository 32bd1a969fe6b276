'use strict';
// Responses without bodies (HEAD, 204, 304), a body on HTTP/1.0 (until close), Content-Length
// from end(data), chunked when the length is unknown, and the client reading each.
const http = require('http');
const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/304': res.writeHead(304, { ETag: '"x"' }); res.end(); break;
    case '/204': res.statusCode = 204; res.end('ignored'); break;
    case '/len': res.end('exact'); break;
    case '/chunks': res.write('a'); res.write('b'); res.end('c'); break;
    case '/empty': res.end(); break;
    default: res.setHeader('Content-Length', 4); res.end(req.method === 'HEAD' ? undefined : 'body');
  }
});
server.listen(0, '127.0.0.1', async () => {
  for (const [method, path] of [['GET', '/304'], ['GET', '/204'], ['GET', '/len'], ['GET', '/chunks'], ['GET', '/empty'], ['HEAD', '/head'], ['GET', '/head']]) {
    await new Promise((resolve) => {
      http.request({ port: server.address().port, host: '127.0.0.1', method, path }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log(method, path, res.statusCode, JSON.stringify(body), res.headers['content-length'], res.headers['transfer-encoding']);
          resolve();
        });
      }).end();
    });
  }
  server.close();
});
