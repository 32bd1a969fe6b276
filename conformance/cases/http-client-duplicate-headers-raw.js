'use strict';
// Repeated response fields from a raw server, as the client reports them: set-cookie as an array,
// single-value fields keeping the first, others joined; headersDistinct; the joinDuplicateHeaders
// option; empty values, odd spacing and obs-text values; rawHeaders untouched.
const http = require('http');
const net = require('net');

const head = [
  'HTTP/1.1 200 OK',
  'Set-Cookie: a=1',
  'set-cookie: b=2',
  'Content-Type: text/plain',
  'content-type: text/html',
  'X-List: one',
  'x-list: two',
  'X-Empty:',
  'X-Spaces:    padded   ',
  'X-Latin: caf\xe9',
  'Age: 1',
  'Age: 2',
  'Cookie: c=1',
  'Cookie: d=2',
  'Content-Length: 2',
  '', 'ok',
].join('\r\n');

const server = net.createServer((socket) => socket.once('data', () => socket.end(Buffer.from(head, 'latin1'))));

function get(options) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, agent: false, ...options }, (res) => {
      console.log(JSON.stringify(options));
      console.log('  headers', JSON.stringify(res.headers));
      console.log('  distinct', JSON.stringify(res.headersDistinct));
      console.log('  raw', JSON.stringify(res.rawHeaders));
      res.resume();
      res.on('end', resolve);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get({});
  await get({ joinDuplicateHeaders: true });
  server.close();
});
