'use strict';
// Requests over a Unix domain socket (the socketPath option): the Host header defaults to
// localhost, keep-alive reuse through an agent (and the agent's key for it), bodies, and a large
// write that returns false and waits for 'drain'.
const http = require('http');
const os = require('os');
const path = require('path');

const socketPath = path.join(os.tmpdir(), `coil-http-client-${process.pid}.sock`);
const mask = (text) => text.split(socketPath).join('SOCKET');
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(`${req.method} ${req.url} host=${req.headers.host} bytes=${n}`));
});

function request(options, body) {
  return new Promise((resolve) => {
    const req = http.request({ socketPath, ...options }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve(`${res.statusCode} ${text} reused=${req.reusedSocket}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${mask(e.message)}`));
    req.end(body);
  });
}

server.listen(socketPath, async () => {
  console.log(await request({ path: '/a' }));
  console.log(await request({ path: '/b', headers: { host: 'named.test' } }));
  console.log(await request({ path: '/c', agent: false, method: 'POST' }, 'xyz'));
  const agent = new http.Agent({ keepAlive: true });
  console.log(await request({ path: '/d', agent }));
  console.log(await request({ path: '/e', agent }));
  console.log('agent key', mask(agent.getName({ socketPath })), Object.keys(agent.freeSockets).map(mask));
  agent.destroy();
  const req = http.request({ socketPath, method: 'PUT', path: '/big', agent: false }, (res) => {
    let text = '';
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      console.log('big', text);
      server.close();
    });
  });
  const chunk = Buffer.alloc(1024 * 1024, 97);
  console.log('write returned', req.write(chunk), req.writableLength > 0, req.writableHighWaterMark, req.writableNeedDrain);
  req.once('drain', () => {
    console.log('drain', req.writableLength, req.writableNeedDrain);
    req.end(chunk);
  });
});
