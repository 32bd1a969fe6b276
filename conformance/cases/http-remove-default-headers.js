'use strict';
// Removing or overriding the headers Node adds: Date (sendDate, removeHeader), Connection,
// Content-Length and Transfer-Encoding, and a user-set Date.
const http = require('http');
const net = require('net');

const routes = {
  '/no-date': (res) => { res.sendDate = false; res.end('a'); },
  '/remove-date': (res) => { res.removeHeader('Date'); res.end('b'); },
  '/own-date': (res) => { res.setHeader('Date', 'Thu, 01 Jan 1970 00:00:00 GMT'); res.end('c'); },
  '/remove-connection': (res) => { res.removeHeader('Connection'); res.end('d'); },
  '/remove-length': (res) => { res.removeHeader('Content-Length'); res.end('e'); },
  '/remove-te': (res) => { res.removeHeader('Transfer-Encoding'); res.write('f'); res.end('g'); },
  '/set-connection': (res) => { res.setHeader('Connection', 'keep-alive, Upgrade'); res.end('h'); },
  '/set-te-gzip': (res) => { res.setHeader('Transfer-Encoding', 'gzip'); res.end('i'); },
  '/length-and-write': (res) => { res.setHeader('Content-Length', '3'); res.write('j'); res.end('kl'); },
  '/keep-alive-custom': (res) => { res.setHeader('Keep-Alive', 'timeout=99'); res.end('m'); },
};
const server = http.createServer((req, res) => routes[req.url](res));

function raw(port, path) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out));
    c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    setTimeout(() => c.end(), 100);
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(routes)) {
    const out = await raw(server.address().port, path);
    console.log(path, JSON.stringify(out.replace(/Date: (?!Thu, 01 Jan 1970)[^\r]*\r\n/g, 'Date: <now>\r\n')));
  }
  server.close();
});
