'use strict';
// A TCP proxy made with pipe() over half-open sockets: bytes go both ways through it, the
// client's end reaches the backend, and the backend's last words and end come back.
const net = require('net');

const log = [];
let outboundClosed;
const outboundDone = new Promise((resolve) => { outboundClosed = resolve; });

const backend = net.createServer((socket) => {
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    received += d;
    socket.write(d.toUpperCase());
  });
  socket.on('end', () => {
    log.push(`backend got ${JSON.stringify(received)}`);
    socket.end('[backend done]');
  });
});

const proxy = net.createServer({ allowHalfOpen: true }, (inbound) => {
  const outbound = net.connect({ port: backend.address().port, host: '127.0.0.1', allowHalfOpen: true });
  inbound.pipe(outbound);
  outbound.pipe(inbound);
  inbound.on('end', () => log.push('proxy inbound end'));
  outbound.on('end', () => log.push('proxy outbound end'));
  outbound.on('close', outboundClosed);
});

backend.listen(0, '127.0.0.1', () => {
  proxy.listen(0, '127.0.0.1', () => {
    const client = net.connect(proxy.address().port, '127.0.0.1');
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (d) => { reply += d; });
    client.write('hello ');
    setTimeout(() => client.write('through '), 10);
    setTimeout(() => client.end('the proxy'), 20);
    client.on('end', () => log.push(`client got ${JSON.stringify(reply)}`));
    client.on('close', async () => {
      await outboundDone;
      console.log(log.join('\n'));
      proxy.close();
      backend.close();
    });
  });
});
