'use strict';
// An Agent subclass overriding createConnection (its options), keepSocketAlive (refusing a
// socket) and reuseSocket, with the agent's 'free' events; maxFreeSockets capping the pool.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(`ok ${req.url}`));
class CountingAgent extends http.Agent {
  constructor(opts) { super(opts); this.created = 0; this.kept = 0; this.reused = 0; }
  createConnection(options, cb) { this.created++; console.log('createConnection', options.host, typeof options.port, options.path === null ? 'null' : options.path, options._agentKey ? 'key' : 'nokey', typeof cb); return net.createConnection(options); }
  keepSocketAlive(socket) { this.kept++; return this.kept < 2 ? super.keepSocketAlive(socket) : false; }
  reuseSocket(socket, req) { this.reused++; super.reuseSocket(socket, req); }
}
server.listen(0, '127.0.0.1', async () => {
  const agent = new CountingAgent({ keepAlive: true });
  agent.on('free', (socket, options) => console.log('free event', typeof options, options.host));
  const get = (path) => new Promise((resolve) => http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => { let b = ''; res.on('data', (d) => b += d); res.on('end', () => setImmediate(() => resolve(b))); }));
  console.log(await get('/1'));
  console.log(await get('/2'));
  console.log(await get('/3'));
  console.log('created', agent.created, 'kept', agent.kept, 'reused', agent.reused);
  const count = (sets) => Object.values(sets).reduce((n, l) => n + l.length, 0);
  console.log('free', count(agent.freeSockets), 'sockets', count(agent.sockets));
  // maxFreeSockets
  const small = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
  await Promise.all([1, 2, 3].map((i) => new Promise((resolve) => http.get({ host: '127.0.0.1', port: server.address().port, path: `/p${i}`, agent: small }, (res) => { res.resume(); res.on('end', resolve); }))));
  await new Promise((r) => setTimeout(r, 20));
  console.log('maxFreeSockets 1 ->', count(small.freeSockets), small.totalSocketCount);
  small.destroy();
  agent.destroy();
  server.close();
});
