'use strict';
// Socket timeouts on the server side: an incomplete request's 'timeout', the response's, the
// server's (server.setTimeout), and with no listener at all the connection is destroyed.
const http = require('http');
const net = require('net');

function rawClient(port, text) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('error', (e) => { data += `<${e.code}>`; });
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
    socket.write(text);
  });
}

async function run(label, setup, text) {
  const log = [];
  const server = http.createServer();
  setup(server, log);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const reply = await rawClient(server.address().port, text);
  await new Promise((resolve) => server.close(resolve));
  console.log(`${label}:\n  ${log.join('\n  ')}\n  client saw ${JSON.stringify(reply)}`);
}

const partialBody = 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc';

(async () => {
  await run('req.setTimeout', (server, log) => {
    server.on('request', (req, res) => {
      req.resume();
      req.setTimeout(50, () => {
        log.push(`req timeout, complete ${req.complete}, socket destroyed ${req.socket.destroyed}`);
        res.end('gave up waiting');
        req.socket.destroy();
      });
    });
  }, partialBody);

  await run('res.setTimeout', (server, log) => {
    server.on('request', (req, res) => {
      res.setTimeout(50, (socket) => {
        log.push(`res timeout, argument is the socket ${socket === res.socket}`);
        res.end('late');
      });
    });
  }, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');

  await run('server.setTimeout', (server, log) => {
    const ret = server.setTimeout(50, (socket) => {
      log.push(`server timeout, socket destroyed ${socket.destroyed}`);
      socket.destroy();
    });
    log.push(`setTimeout returns server ${ret === server}, timeout ${server.timeout}`);
    server.on('request', () => log.push('request (never answered)'));
  }, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');

  await run('no listener', (server, log) => {
    server.timeout = 50;
    server.on('request', (req) => {
      req.resume();
      req.socket.on('close', () => log.push('socket closed by the timeout'));
    });
  }, partialBody);
})();
