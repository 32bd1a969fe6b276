'use strict';
// server.close() ends only idle keep-alive connections: one that has sent nothing, one partway
// through a head and one whose response is still being written stay open. The busy one closes
// at its keep-alive timeout once the response is done (keepAliveTimeout plus Node's 1 s buffer).
const http = require('http');
const net = require('net');

let finishSlow;
const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    res.write('slow start;');
    finishSlow = () => res.end('slow end');
    return;
  }
  res.end('quick');
});
server.keepAliveTimeout = 50;

const log = [];
const closed = {};
function client(name, port, text) {
  const socket = net.connect(port, '127.0.0.1');
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => { data += d; });
  socket.on('close', () => {
    const body = data.replace(/Date: [^\r]*\r\n/g, '');
    log.push(`${name} closed after ${JSON.stringify(body)}`);
    closed[name]?.();
  });
  if (text) socket.write(text);
  return socket;
}

const whenClosed = (name) => new Promise((resolve) => { closed[name] = resolve; });
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let serverClosed = false;
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const silent = client('silent', port, '');
  const partial = client('partial', port, 'GET / HTTP/1.1\r\n');
  client('idle', port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  client('busy', port, 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
  await delay(100);
  server.close(() => { serverClosed = true; });
  log.push(`close() called, listening ${server.listening}`);
  await delay(100);
  log.push('finishing the slow response');
  const busyClosed = whenClosed('busy');
  finishSlow();
  const started = Date.now();
  await busyClosed;
  const elapsed = Date.now() - started;
  log.push(`busy closed within the keep-alive window: ${elapsed >= 900 && elapsed < 3000}`);
  log.push('ending the silent client');
  const silentClosed = whenClosed('silent');
  silent.end();
  await silentClosed;
  log.push('ending the partial client');
  const partialClosed = whenClosed('partial');
  partial.end();
  await partialClosed;
});
process.on('exit', () => {
  console.log(log.join('\n'));
  console.log('server closed', serverClosed);
});
