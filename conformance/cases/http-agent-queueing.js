'use strict';
// An Agent with maxSockets queues requests in order and hands freed sockets to waiting requests;
// requests/sockets/freeSockets bookkeeping seen from outside.
const http = require('http');

// A socket is named after its first request; /q2 answers late so the queue drains on /q1's socket.
const delays = { '/q1': 10, '/q2': 300 };
const server = http.createServer((req, res) => {
  req.socket.id ??= req.url.slice(1);
  setTimeout(() => res.end(`${req.url} conn-${req.socket.id}`), delays[req.url] || 0);
});

function summary(agent) {
  const count = (o) => Object.values(o).reduce((n, l) => n + l.length, 0);
  return `sockets=${count(agent.sockets)} free=${count(agent.freeSockets)} requests=${count(agent.requests)} total=${agent.totalSocketCount}`;
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const done = [];
  await new Promise((resolve) => {
    let left = 5;
    for (let i = 1; i <= 5; i++) {
      const req = http.get({ port, host: '127.0.0.1', path: `/q${i}`, agent }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          done.push(`${body}${req.reusedSocket ? ' reused' : ''}`);
          if (--left === 0) resolve();
        });
      });
      if (i === 5) console.log('after 5 requests:', summary(agent));
    }
  });
  console.log(done.join('\n'));
  await new Promise((r) => setImmediate(r));
  console.log('after all:', summary(agent));
  const name = Object.keys(agent.freeSockets)[0];
  console.log('free key', name === `127.0.0.1:${port}:`);

  const total = new http.Agent({ keepAlive: true, maxTotalSockets: 1 });
  const order = [];
  await Promise.all([1, 2, 3].map((i) => new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: `/t${i}`, agent: total }, (res) => {
      res.resume();
      res.on('end', () => { order.push(`t${i}`); resolve(); });
    });
  })));
  console.log('maxTotalSockets order', order.join(','), summary(total));
  agent.destroy();
  total.destroy();
  server.close();
});
