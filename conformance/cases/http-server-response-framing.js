'use strict';
// What responses look like on the wire for header and body combinations: explicit framing
// headers, removed ones, bodiless statuses with bodies written, trailers without chunking,
// Date and Keep-Alive overrides, list values, encodings — over HTTP/1.1 and 1.0.
const http = require('http');
const net = require('net');
const handlers = {
  '/cl-short': (req, res) => { res.writeHead(200, { 'Content-Length': 5 }); res.end('hello world'); },
  '/te-explicit': (req, res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.write('ab'); res.end('cd'); },
  '/te-gzip': (req, res) => { res.setHeader('Transfer-Encoding', 'gzip'); res.end('raw'); },
  '/conn-close': (req, res) => { res.setHeader('Connection', 'close'); res.end('x'); },
  '/conn-upgrade-ka': (req, res) => { res.setHeader('Connection', 'Keep-Alive, Upgrade'); res.end('x'); },
  '/204-cl': (req, res) => { res.writeHead(204, { 'Content-Length': 10 }); res.end('ignored'); },
  '/304-write': (req, res) => { res.statusCode = 304; res.write('nope'); res.end(); },
  '/205': (req, res) => { res.statusCode = 205; res.end('body'); },
  '/trailer-no-chunk': (req, res) => { res.setHeader('Content-Length', 2); res.addTrailers({ A: 'b' }); res.end('ok'); },
  '/trailer-header-cl': (req, res) => {
    try {
      res.writeHead(200, { Trailer: 'X', 'Content-Length': 2 });
    } catch (e) {
      res.writeHead(500, { 'X-Err': e.code });
    }
    res.end('ok');
  },
  '/date-off': (req, res) => { res.sendDate = false; res.end('d'); },
  '/date-custom': (req, res) => { res.setHeader('Date', 'whenever'); res.end('d'); },
  '/multi-cookie': (req, res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.setHeader('X-List', ['1', '2']); res.appendHeader('x-list', '3'); res.end(); },
  '/cookie-array': (req, res) => { res.setHeader('Cookie', ['a=1', 'b=2']); res.end(); },
  '/empty-write': (req, res) => { res.write(''); res.end(); },
  '/buffer-end': (req, res) => { res.end(Buffer.from('buf')); },
  '/hex-end': (req, res) => { res.end('68656c6c6f', 'hex'); },
  '/latin1-status': (req, res) => { res.writeHead(200, 'Caf\u00e9'); res.end(); },
  '/keep-alive-header': (req, res) => { res.setHeader('Keep-Alive', 'timeout=99'); res.end(); },
  '/write-head-twice-status': (req, res) => { res.statusMessage = 'Custom'; res.writeHead(201); res.end(); },
  '/num-header': (req, res) => { res.setHeader('X-Num', 12); res.setHeader('X-Arr', [1, 2]); res.end(); },
  '/cl-removed': (req, res) => { res.removeHeader('Content-Length'); res.end('abc'); },
  '/te-removed': (req, res) => { res.removeHeader('Transfer-Encoding'); res.write('a'); res.end('b'); },
};
const server = http.createServer((req, res) => (handlers[req.url] || ((q, r) => r.end('?')))(req, res));
server.listen(0, '127.0.0.1', async () => {
  for (const [version, paths] of [['1.1', Object.keys(handlers)], ['1.0', ['/te-explicit', '/empty-write', '/conn-upgrade-ka', '/cl-removed']]]) {
    for (const path of paths) {
      await new Promise((resolve) => {
        const c = net.connect(server.address().port, '127.0.0.1');
        let out = '';
        c.setEncoding('latin1');
        c.on('data', (d) => { out += d; });
        c.on('close', () => {
          console.log(version, path, JSON.stringify(out.replace(/Date: [A-Z][^\r]*GMT\r\n/, 'Date: <d>\r\n')));
          resolve();
        });
        c.write(`GET ${path} HTTP/${version}\r\nHost: x\r\n\r\n`);
        setTimeout(() => c.end(), 60);
      });
    }
  }
  server.close();
});
