'use strict';
// Client timeouts: the timeout option emits 'timeout' without destroying (the request goes on),
// setTimeout(ms, cb) before the socket exists, setTimeout(0) clearing it, the socket's timeout
// value, the callback's `this`, and destroy() from 'timeout' giving "socket hang up".
const http = require('http');

const server = http.createServer((req, res) => {
  const delay = Number(req.url.slice(1));
  setTimeout(() => res.end(`after ${delay}`), delay);
});

function run(label, options, setup) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false, ...options }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => log.push(`end ${body}`));
    });
    req.on('timeout', () => log.push(`timeout destroyed=${req.destroyed}`));
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
    req.on('close', () => {
      log.push('close');
      console.log(label, log.join(' | '));
      resolve();
    });
    if (setup) setup(req, log);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('option only', { path: '/150', timeout: 50 });
  await run('option with destroy', { path: '/150', timeout: 50 }, (req) => req.on('timeout', () => req.destroy()));
  await run('setTimeout cb', { path: '/150' }, (req, log) => {
    const ret = req.setTimeout(40, function () {
      log.push(`cb this=req ${this === req}`);
      req.destroy();
    });
    log.push(`returns req ${ret === req}`);
  });
  await run('cleared', { path: '/120', timeout: 40 }, (req) => {
    req.on('socket', () => req.setTimeout(0));
  });
  await run('socket timeout value', { path: '/20', timeout: 1000 }, (req, log) => {
    req.on('socket', (socket) => socket.on('connect', () => log.push(`socket.timeout ${socket.timeout}`)));
  });
  await run('fast response', { path: '/0', timeout: 500 });
  await new Promise((r) => setTimeout(r, 600));
  console.log('no late timeout events');
  server.close();
});
