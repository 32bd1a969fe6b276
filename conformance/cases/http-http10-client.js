'use strict';
// HTTP/1.0 requests: no chunking (the body runs to the close), Connection: keep-alive honoured
// with a length, TE: chunked opt-in, and the response's version line.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log('server', req.httpVersion, req.httpVersionMajor, req.httpVersionMinor, req.url, JSON.stringify(req.headers));
  if (req.url === '/write') { res.write('a'); res.write('b'); res.end('c'); return; }
  if (req.url === '/len') { res.end('sized'); return; }
  if (req.url === '/set-ka') { res.setHeader('Connection', 'keep-alive'); res.end('x'); return; }
  res.end();
});

function raw(port, data, keepOpenMs) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    let closed = false;
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => { closed = true; });
    c.on('close', () => resolve(`${JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))} closed-by-server`));
    c.write(data);
    if (keepOpenMs) {
      setTimeout(() => {
        if (!closed) {
          c.removeAllListeners('close');
          c.destroy();
          resolve(`${JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))} still-open`);
        }
      }, keepOpenMs);
    }
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    'GET /write HTTP/1.0\r\n\r\n',
    'GET /len HTTP/1.0\r\n\r\n',
    'GET /len HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
    'GET /write HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
    'GET /write HTTP/1.0\r\nTE: chunked\r\n\r\n',
    'GET /set-ka HTTP/1.0\r\n\r\n',
    'HEAD /len HTTP/1.0\r\n\r\n',
  ];
  for (const data of cases) {
    console.log(JSON.stringify(data));
    console.log('  ', await raw(port, data, 200));
  }
  server.close();
});
