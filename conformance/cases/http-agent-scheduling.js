'use strict';
// Free-socket reuse order: 'lifo' takes the most recently freed socket, 'fifo' the oldest.
const http = require('http');

// A socket is named after the first request it carried; first requests answer in a fixed order.
const delays = { '/a': 10, '/b': 40, '/c': 70 };
const server = http.createServer((req, res) => {
  req.socket.id ??= req.url.slice(1);
  setTimeout(() => res.end(`conn-${req.socket.id}`), delays[req.url] || 0);
});

function get(port, agent, path) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    });
  });
}

async function run(port, scheduling) {
  const agent = new http.Agent({ keepAlive: true, scheduling });
  // Three sockets at once, freed in order a, b, c.
  const first = await Promise.all([get(port, agent, '/a'), get(port, agent, '/b'), get(port, agent, '/c')]);
  await new Promise((r) => setTimeout(r, 20));
  const free = Object.values(agent.freeSockets)[0].length;
  const next = [];
  for (let i = 0; i < 3; i++) next.push(await get(port, agent, `/n${i}`));
  console.log(scheduling, first.join(','), 'free', free, 'then', next.join(','));
  agent.destroy();
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await run(port, 'lifo');
  await run(port, 'fifo');
  server.close();
});
