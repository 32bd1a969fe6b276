// A Content-Disposition value holding UTF-8 bytes as Latin-1 characters reaches the wire as those
// bytes, whether the head goes out with a known length (with the body) or alone (chunked).
const http = require('http'), net = require('net');
const v = Buffer.from('bår').toString('latin1');
const cases = [
  (r) => { r.writeHead(200, ['Content-Length', '5', 'content-disposition', v]); r.end('hello'); },
  (r) => { r.writeHead(200, { 'Content-Length': '5', 'Content-Disposition': v }); r.end('hello'); },
  (r) => { r.setHeader('Content-Disposition', v); r.end('hello'); },
  (r) => { r.setHeader('Content-Disposition', [v, 'x']); r.setHeader('Content-Length', 5); r.end('hello'); },
  (r) => { r.writeHead(200, ['content-disposition', v]); r.end('hello'); },
];
let i = 0;
const srv = http.createServer((q, r) => { r.removeHeader('date'); cases[i](r); });
function next() {
  if (i >= cases.length) return srv.close();
  const c = net.connect(srv.address().port, () => c.write('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'));
  const chunks = []; c.on('data', (d) => chunks.push(d));
  c.on('end', () => { const b = Buffer.concat(chunks); const s = b.toString('latin1'); const m = s.match(/content-disposition: ([^\r]*)/i); console.log(i, Buffer.from(m[1], 'latin1').toString('hex')); i++; next(); });
}
srv.listen(0, '127.0.0.1', next);
