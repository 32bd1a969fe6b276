'use strict';
// Bodies where none is allowed: 204/304 and HEAD responses drop written data silently, or throw
// ERR_HTTP_BODY_NOT_ALLOWED with rejectNonStandardBodyWrites.
const http = require('http');
const net = require('net');

function handler(req, res) {
  const status = Number(req.url.slice(1)) || 200;
  res.writeHead(status);
  try {
    console.log('  write returned', res.write('data'));
    res.end('more');
  } catch (e) {
    console.log('  threw', e.code, e.message);
    res.end();
  }
}
const lax = http.createServer(handler);
const strict = http.createServer({ rejectNonStandardBodyWrites: true }, handler);

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    c.write(data);
  });
}

lax.listen(0, '127.0.0.1', () => strict.listen(0, '127.0.0.1', async () => {
  for (const [name, s] of [['lax', lax], ['strict', strict]]) {
    for (const req of ['GET /204', 'GET /304', 'HEAD /200', 'GET /200']) {
      console.log(name, req);
      const out = await raw(s.address().port, `${req} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      console.log('  =>', JSON.stringify(out));
    }
  }
  lax.close();
  strict.close();
}));
