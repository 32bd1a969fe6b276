// The bytes a server sends for chunked bodies: end(chunk) after writeHead, write() then end(),
// strings in several encodings, Buffers, empty chunks, a latin1 head with a UTF-8 body, trailers,
// HEAD requests and the implicit Content-Length of end(chunk) without writeHead.
const http = require('http');
const net = require('net');

const routes = {
  '/end-string': (res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('Hello World'); },
  '/end-utf8': (res) => { res.writeHead(200); res.end('caf\u00e9 \u2603'); },
  '/end-latin1': (res) => { res.writeHead(200); res.end('caf\u00e9', 'latin1'); },
  '/end-hex': (res) => { res.writeHead(200); res.end('68656c6c6f', 'hex'); },
  '/end-base64': (res) => { res.writeHead(200); res.end('aGVsbG8=', 'base64'); },
  '/end-buffer': (res) => { res.writeHead(200); res.end(Buffer.from('buf')); },
  '/end-empty': (res) => { res.writeHead(200); res.end(''); },
  '/write-then-end': (res) => { res.writeHead(200); res.write('a'); res.write(''); res.write('bc'); res.end('d'); },
  '/latin1-head': (res) => { res.setHeader('X-A', 'caf\u00e9'); res.writeHead(200); res.end('b\u00f6dy'); },
  '/trailers': (res) => {
    res.writeHead(200, { Trailer: 'X-T' });
    res.addTrailers({ 'X-T': 'done' });
    res.end('with trailer');
  },
  '/implicit-length': (res) => { res.end('caf\u00e9'); },
  '/callback': (res) => {
    res.writeHead(200);
    res.end('cb', () => console.log('end callback, finished:', res.writableFinished));
  },
};

const server = http.createServer((req, res) => {
  res.sendDate = false;
  res.on('finish', () => console.log('finish', req.method, req.url));
  routes[req.url](res);
});

function show(raw) {
  return JSON.stringify(raw.toString('latin1'));
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of Object.keys(routes)) {
    for (const method of path === '/end-string' ? ['GET', 'HEAD'] : ['GET']) {
      const raw = await new Promise((resolve) => {
        const chunks = [];
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.end(`${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        });
        socket.on('data', (d) => chunks.push(d));
        socket.on('close', () => resolve(Buffer.concat(chunks)));
      });
      console.log(method, path, show(raw));
    }
  }
  server.close();
});
