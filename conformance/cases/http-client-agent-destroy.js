'use strict';
// agent.destroy() with a pooled idle socket and a request in flight: the idle socket closes, the
// in-flight request fails with "socket hang up"; the agent's bookkeeping afterwards; a destroyed
// agent still makes new connections for new requests.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  // /slow never answers: the agent is destroyed while it waits.
  if (req.url === '/slow') return;
  res.end(`ok ${req.url}`);
});
server.on('connection', () => connections++);

const agent = new http.Agent({ keepAlive: true });
const count = (sets) => Object.values(sets).reduce((n, list) => n + list.length, 0);
const state = () => `sockets=${count(agent.sockets)} free=${count(agent.freeSockets)} requests=${count(agent.requests)} total=${agent.totalSocketCount}`;

function get(path) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      log.push(`response ${res.statusCode}`);
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => log.push(`end ${body}`));
      res.on('error', (e) => log.push(`res error ${e.code} ${e.message}`));
      res.on('aborted', () => log.push('aborted'));
    });
    req.on('error', (e) => log.push(`error ${e.code} ${e.message}`));
    req.on('close', () => {
      log.push('close');
      setTimeout(() => resolve(`${path}: ${log.join(' | ')}`), 20);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log(await get('/first'));
  console.log('after first', state());
  const slow = get('/slow');
  await new Promise((r) => setTimeout(r, 50));
  console.log('in flight', state());
  agent.destroy();
  console.log(await slow);
  await new Promise((r) => setTimeout(r, 20));
  console.log('after destroy', state());
  console.log(await get('/again'));
  console.log('connections', connections);
  agent.destroy();
  server.close();
});
