'use strict';
// requireHostHeader: HTTP/1.1 without Host gets 400 by default; with requireHostHeader: false
// the request goes through; HTTP/1.0 never needs Host.
const http = require('http');
const net = require('net');

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
const handler = (req, res) => res.end(`host=${req.headers.host}`);
const strict = http.createServer(handler);
const lax = http.createServer({ requireHostHeader: false }, handler);
strict.listen(0, '127.0.0.1', () => lax.listen(0, '127.0.0.1', async () => {
  for (const [name, s] of [['strict', strict], ['lax', lax]]) {
    console.log(name, 'requireHostHeader', s.requireHostHeader);
    for (const data of ['GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 'GET / HTTP/1.0\r\n\r\n', 'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']) {
      console.log(' ', JSON.stringify(data), '=>', JSON.stringify(await raw(s.address().port, data)));
    }
  }
  try {
    http.createServer({ requireHostHeader: 'no' });
  } catch (e) {
    console.log(e.code, e.message);
  }
  strict.close();
  lax.close();
}));
