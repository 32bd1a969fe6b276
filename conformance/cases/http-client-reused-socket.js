'use strict';
// Keep-alive socket reuse seen from the client: req.reusedSocket, the same socket object handed
// to the next request, the agent's 'free' event, socket listeners left clean between requests,
// and a retry after the server closed a pooled socket.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url}`);
  if (req.url === '/then-close') {
    // The server drops the connection after answering, while the client still pools it.
    setTimeout(() => req.socket.destroy(), 20);
  }
});
server.on('connection', () => connections++);

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let freeEvents = 0;
agent.on('free', () => freeEvents++);

function get(path) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ req, body, socket: req.socket }));
    });
    req.on('error', (e) => reject(Object.assign(e, { reused: req.reusedSocket })));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const a = await get('/a');
  const b = await get('/b');
  console.log('a', a.body, a.req.reusedSocket, 'b', b.body, b.req.reusedSocket, 'same socket', a.socket === b.socket);
  await new Promise((r) => setImmediate(r));
  console.log('listeners on pooled socket', b.socket.listenerCount('data'), b.socket.listenerCount('end'), b.socket._httpMessage);
  console.log('free events', freeEvents, 'connections', connections);
  const c = await get('/then-close');
  console.log('c', c.body, c.req.reusedSocket);
  // Wait until the agent has seen the server's close and dropped the pooled socket.
  while (Object.keys(agent.freeSockets).length !== 0) await new Promise((r) => setTimeout(r, 10));
  // The pooled socket was closed by the server: the agent dropped it, so this is a new connection.
  const d = await get('/d');
  console.log('d', d.body, d.req.reusedSocket, 'connections', connections);
  console.log('free events', freeEvents);
  agent.destroy();
  server.close();
});
