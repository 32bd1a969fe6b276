'use strict';
// Raw bytes to a server: framing (length, chunked), HEAD, 204, HTTP/1.0, pipelining, bad input.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/chunked') { res.write('part1,'); res.write('part2'); res.end(); return; }
  if (req.url === '/204') { res.writeHead(204); res.end(); return; }
  if (req.url === '/head') { res.setHeader('Content-Length', 5); res.end(req.method === 'HEAD' ? undefined : 'abcde'); return; }
  if (req.url === '/headers') { res.writeHead(201, 'Made', { 'X-A': ['1', '2'], 'Set-Cookie': ['a=1', 'b=2'] }); res.end('ok'); return; }
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(`${req.method} ${req.url} ${n}`));
});
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code, e.message);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
const requests = [
  'GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /204 HTTP/1.1\r\nHost: x\r\n\r\n',
  'HEAD /head HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /headers HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST /len HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello',
  'POST /chunk HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n',
  'GET /nohost HTTP/1.1\r\n\r\n',
  'GET /old HTTP/1.0\r\n\r\n',
  'GET /old-ka HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
  'BAD REQUEST\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n',
  'GET /pipe1 HTTP/1.1\r\nHost: x\r\n\r\nGET /pipe2 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /close HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n',
];
server.listen(0, '127.0.0.1', async () => {
  for (const r of requests) {
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let out = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { out += d; });
      c.on('close', () => {
        console.log(JSON.stringify(r.slice(0, 40)));
        console.log('  =>', JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
        resolve();
      });
      c.write(r);
      setTimeout(() => c.end(), 50);
    });
  }
  server.close();
});
