'use strict';
// A keep-alive agent's timeout option on idle pooled sockets: the socket stays pooled (its
// timeout set, unref'd) and is reused while fresh; once idle that long it gets 'timeout', is
// destroyed and leaves the pool, so the next request opens a new connection. Without the option
// the pooled socket stays.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => res.end('ok'));
server.on('connection', () => connections++);
const count = (sets) => Object.values(sets).reduce((n, list) => n + list.length, 0);

function get(agent) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => resolve(req)));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, timeout: 400 });
  const first = await get(agent);
  const socket = first.socket;
  let timeouts = 0;
  socket.on('timeout', () => timeouts++);
  const closed = new Promise((resolve) => socket.on('close', resolve));
  console.log('pooled', count(agent.freeSockets), 'socket.timeout', socket.timeout, 'destroyed', socket.destroyed);
  const second = await get(agent);
  console.log('reused while fresh', second.reusedSocket, second.socket === socket, 'connections', connections);
  await closed;
  console.log('pooled socket closed after idling, timeouts seen', timeouts);
  console.log('after idle', count(agent.freeSockets), agent.totalSocketCount);
  const third = await get(agent);
  console.log('third reused', third.reusedSocket, 'connections', connections);
  agent.destroy();

  const plain = new http.Agent({ keepAlive: true });
  await get(plain);
  await new Promise((r) => setTimeout(r, 100));
  console.log('no timeout option: pooled', count(plain.freeSockets), 'socket.timeout', Object.values(plain.freeSockets)[0][0].timeout);
  plain.destroy();
  server.close();
});
