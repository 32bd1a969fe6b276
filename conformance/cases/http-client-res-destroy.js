'use strict';
// The client destroys the response mid-body (res.destroy() with and without an error) or
// calls req.destroy() from the response: the events on both client objects and what the
// server sees; a keep-alive socket is not reused after that.
const http = require('http');

// The server sends part of a body and then waits (for the client to give up).
const serverClosed = new Map();
const server = http.createServer((req, res) => {
  if (req.url === '/after') return res.end('fine');
  res.write('part one;');
  res.on('close', () => serverClosed.get(req.url)(`res close finished=${res.writableFinished}`));
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function run(path, destroy) {
  const serverSide = new Promise((resolve) => serverClosed.set(path, resolve));
  const clientSide = new Promise((resolve) => {
    const log = [];
    let closes = 0;
    const closed = () => {
      if (++closes === 2) setImmediate(() => resolve(log.join(' | ')));
    };
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      res.once('data', (d) => {
        log.push(`data ${d}`);
        destroy(req, res);
      });
      res.on('aborted', () => log.push('res aborted'));
      res.on('error', (e) => log.push(`res error ${e.message}`));
      res.on('end', () => log.push('res end'));
      res.on('close', () => {
        log.push(`res close destroyed=${res.destroyed} complete=${res.complete}`);
        closed();
      });
    });
    req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
    req.on('close', () => {
      log.push('req close');
      closed();
    });
  });
  return Promise.all([clientSide, serverSide]).then(([client, serverLine]) => {
    console.log(path, client);
    console.log('  server', serverLine);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('/res-destroy', (req, res) => res.destroy());
  await run('/res-destroy-error', (req, res) => res.destroy(new Error('client gave up')));
  await run('/req-destroy', (req) => req.destroy());
  await run('/req-destroy-error', (req) => req.destroy(new Error('req gave up')));
  const reused = await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/after', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(req.reusedSocket));
    });
  });
  console.log('next request reused a socket', reused);
  agent.destroy();
  server.close();
});
