'use strict';
// Many small writes become chunks on the wire; corked writes merge into one chunk; empty writes
// send nothing; Buffer and string chunks of multi-byte text are sized in bytes.
const http = require('http');
const net = require('net');

const routes = {
  '/many': (res) => { for (let i = 0; i < 5; i++) res.write(String(i)); res.end(); },
  '/empty-writes': (res) => { res.write(''); res.write('a'); res.write(Buffer.alloc(0)); res.end(''); },
  '/corked': (res) => { res.cork(); res.write('ab'); res.write('cd'); res.write('ef'); res.uncork(); res.end('!'); },
  '/utf8': (res) => { res.write('héllo'); res.write(Buffer.from('€')); res.end('✓'); },
  '/hex': (res) => { res.write('x'.repeat(255)); res.end('y'.repeat(16)); },
  '/latin1': (res) => { res.write('é', 'latin1'); res.end('ff', 'hex'); },
  '/end-only': (res) => { res.end('whole body'); },
  '/write-then-end-cb': (res) => { res.write('w', () => console.log('  write cb')); res.end(() => console.log('  end cb')); },
};
const server = http.createServer((req, res) => routes[req.url](res));

function raw(port, path) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
    c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of Object.keys(routes)) {
    const out = await raw(port, path);
    console.log(path, JSON.stringify(out.length > 200 ? out.slice(0, 120) + '...' + out.slice(-60) : out));
  }
  // The client decodes the same bodies.
  for (const path of Object.keys(routes)) {
    await new Promise((resolve) => http.get({ port, host: '127.0.0.1', path }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        console.log('client', path, res.headers['transfer-encoding'], body.length, body.toString('hex').slice(0, 40));
        resolve();
      });
    }));
  }
  server.close();
});
