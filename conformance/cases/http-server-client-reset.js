'use strict';
// A client that resets its connection (RST): mid-body the server sees 'clientError' with
// ECONNRESET, then the request aborts with an ECONNRESET 'aborted' error; an idle keep-alive
// connection and one that never sent a byte report the reset the same way.
const http = require('http');
const net = require('net');

let log = [];
let connectionClosed;
const server = http.createServer((req, res) => {
  req.on('data', (d) => log.push(`data ${d.length}`));
  req.on('aborted', () => log.push(`aborted complete=${req.complete}`));
  req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
  req.on('close', () => log.push('req close'));
  res.on('close', () => log.push(`res close ended=${res.writableEnded}`));
  if (req.url === '/quick') res.end('ok');
});
server.on('clientError', (e, socket) => log.push(`clientError ${e.code} ${e.message} writable=${socket.writable}`));
server.on('connection', (socket) => {
  socket.on('close', (hadError) => {
    log.push(`socket close hadError=${hadError}`);
    setTimeout(connectionClosed, 20);
  });
});

function run(label, send) {
  return new Promise((resolve) => {
    log = [];
    connectionClosed = () => {
      console.log(`${label}:\n  ${log.join('\n  ')}`);
      resolve();
    };
    const client = net.connect(server.address().port, '127.0.0.1', () => send(client));
    client.on('error', () => {});
    client.resume();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('mid-body', (client) => {
    client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789');
    setTimeout(() => client.resetAndDestroy(), 50);
  });
  await run('idle keep-alive', (client) => {
    client.write('GET /quick HTTP/1.1\r\nHost: x\r\n\r\n');
    setTimeout(() => client.resetAndDestroy(), 50);
  });
  await run('nothing sent', (client) => {
    setTimeout(() => client.resetAndDestroy(), 20);
  });
  server.close();
});
