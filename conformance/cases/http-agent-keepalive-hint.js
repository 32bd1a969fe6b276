'use strict';
// A keep-alive Agent reads the server's Keep-Alive hint: timeout=1 leaves nothing to reuse, so
// the socket is not pooled; maxFreeSockets caps the pool.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/short') res.setHeader('Keep-Alive', 'timeout=1');
  setTimeout(() => res.end(req.url), req.url.startsWith('/slow') ? 30 : 0);
});
server.keepAliveTimeout = 60000;

function get(agent, path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(`${path} ka=${res.headers['keep-alive']} reused=${req.reusedSocket}`));
    });
  });
}
const count = (o) => Object.values(o).reduce((n, l) => n + l.length, 0);

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true });
  console.log(await get(agent, '/long'));
  await new Promise((r) => setImmediate(r));
  console.log('free after long', count(agent.freeSockets));
  console.log(await get(agent, '/short'));
  await new Promise((r) => setTimeout(r, 20));
  console.log('free after short', count(agent.freeSockets), 'total', agent.totalSocketCount);
  agent.destroy();

  const capped = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
  const results = await Promise.all([get(capped, '/slow1'), get(capped, '/slow2'), get(capped, '/slow3')]);
  console.log(results.join('\n'));
  await new Promise((r) => setTimeout(r, 20));
  console.log('capped free', count(capped.freeSockets), 'total', capped.totalSocketCount);
  capped.destroy();
  server.close();
});
