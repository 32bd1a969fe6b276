'use strict';
// Load and bad clients against one HTTP server: 10,000 connections opened and closed, a
// slowloris client holding a partial request, clients vanishing mid-body, malformed requests and
// oversized heads — while ordinary requests keep being answered. No request is lost and no file
// descriptor leaks (counted in /proc/self/fd before and after).
const http = require('http');
const net = require('net');
const fs = require('fs');

const fdCount = () => fs.readdirSync('/proc/self/fd').length;
let served = 0;
const server = http.createServer((req, res) => {
  let size = 0;
  req.on('data', (d) => { size += d.length; });
  req.on('end', () => { served++; res.end(`ok ${size}`); });
});
server.on('clientError', (err, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  else socket.destroy();
});

function openAndClose(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.destroy());
    socket.on('close', resolve);
    socket.on('error', () => {});
  });
}

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', reject);
  });
}

function raw(port, bytes, { endAfter = 0, destroyAfter = 0 } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('error', () => {});
    socket.on('close', () => resolve(out.split('\r\n')[0]));
    socket.write(bytes);
    if (destroyAfter) setTimeout(() => socket.destroy(), destroyAfter);
    if (endAfter) setTimeout(() => socket.end(), endAfter);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const before = fdCount();

  // A slowloris client: half a request line, then nothing, for the whole test.
  const slow = net.connect(port, '127.0.0.1');
  slow.on('error', () => {});
  slow.write('GET /slow HTTP/1.1\r\nHost: x\r\nX-Partial: ');

  // 10,000 connections opened and closed, 50 at a time, with real requests among them.
  const answers = [];
  for (let batch = 0; batch < 200; batch++) {
    const work = [];
    for (let i = 0; i < 50; i++) work.push(openAndClose(port));
    work.push(get(port, `/during-${batch}`).then((a) => answers.push(a)));
    await Promise.all(work);
  }
  console.log('requests answered during the connection storm:', answers.length, answers.every((a) => a.startsWith('200 ok')));

  // Clients that vanish mid-body, and malformed or oversized requests.
  const vanished = [];
  for (let i = 0; i < 20; i++) {
    vanished.push(raw(port, 'POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n' + 'x'.repeat(1000), { destroyAfter: 5 }));
  }
  await Promise.all(vanished);
  console.log('bad request line:', await raw(port, 'NOT HTTP AT ALL\r\n\r\n'));
  console.log('bad header:', await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
  console.log('bad chunk size:', await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'));
  console.log('oversized head:', await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`));
  console.log('after the bad clients:', await get(port, '/after'));

  slow.destroy();
  await new Promise((r) => setTimeout(r, 50));
  const after = fdCount();
  console.log('requests served:', served, 'descriptors back to where they were:', after === before);
  server.close(() => console.log('closed'));
});
