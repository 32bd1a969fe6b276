'use strict';
// An HTTP server on a Unix domain socket: address() is the path, requests have no remote
// address, and keep-alive works over it.
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-http-unix-'));
const sockPath = path.join(dir, 'http.sock');

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, 'host', req.headers.host,
    'remoteAddress', req.socket.remoteAddress, 'localAddress', req.socket.localAddress);
  res.end(`hello over ${typeof server.address()}`);
});

function get(agent, urlPath) {
  return new Promise((resolve) => {
    http.get({ socketPath: sockPath, path: urlPath, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('response', res.statusCode, body, res.headers.connection);
        resolve();
      });
    });
  });
}

server.listen(sockPath, async () => {
  console.log('address is the path', server.address() === sockPath);
  const agent = new http.Agent({ keepAlive: true });
  await get(agent, '/a');
  await get(agent, '/b?q=1');
  agent.destroy();
  server.close(() => {
    console.log('socket file removed', !fs.existsSync(sockPath));
    fs.rmSync(dir, { recursive: true });
  });
});
