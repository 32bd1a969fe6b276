'use strict';
// The client goes away in the middle of a request body: the server's request emits 'aborted',
// then an ECONNRESET 'aborted' error (only with a listener), then 'close'; the response closes
// unfinished. Also a client that leaves after the body but before the response.
const http = require('http');
const net = require('net');

let round = 0;
const done = {};
const server = http.createServer((req, res) => {
  const n = ++round;
  const log = [];
  if (req.url === '/with-error-listener') req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
  req.on('data', (d) => log.push(`data ${d.length}`));
  req.on('aborted', () => log.push(`aborted, req.aborted ${req.aborted} complete ${req.complete}`));
  req.on('end', () => log.push('end'));
  req.on('close', () => log.push(`req close, destroyed ${req.destroyed}`));
  res.on('finish', () => log.push('res finish'));
  res.on('close', () => {
    log.push(`res close, writableEnded ${res.writableEnded} writableFinished ${res.writableFinished}`);
    setTimeout(() => {
      console.log(`${req.url}:\n  ${log.join('\n  ')}`);
      done[n]();
    }, 20);
  });
});

function send(port, text) {
  return new Promise((resolve) => {
    done[round + 1] = resolve;
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(text);
      setTimeout(() => socket.destroy(), 50);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const head = (path, extra) => `POST ${path} HTTP/1.1\r\nHost: x\r\n${extra}\r\n`;
  await send(port, `${head('/partial-body', 'Content-Length: 100\r\n')}0123456789`);
  await send(port, `${head('/with-error-listener', 'Content-Length: 100\r\n')}0123456789`);
  await send(port, `${head('/chunked', 'Transfer-Encoding: chunked\r\n')}5\r\nabcde\r\n`);
  await send(port, `${head('/complete-body', 'Content-Length: 5\r\n')}abcde`);
  server.close();
});
