'use strict';
// maxTotalSockets across two origins: one connection at a time for the whole agent; requests for
// both hosts queue, each origin's queue drains on new sockets as others close; bookkeeping.
const http = require('http');
const s1 = http.createServer((req, res) => setTimeout(() => res.end(`s1 ${req.url}`), 30));
const s2 = http.createServer((req, res) => setTimeout(() => res.end(`s2 ${req.url}`), 30));
const order = [];
s1.listen(0, '127.0.0.1', () => s2.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 1 });
  let pending = 0;
  const go = (server, path) => {
    pending++;
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
      let b = ''; res.on('data', (d) => b += d); res.on('end', () => {
        order.push(`${b} reused=${req.reusedSocket}`);
        if (--pending === 0) { console.log(order.join('\n')); console.log('total', agent.totalSocketCount); agent.destroy(); s1.close(); s2.close(); }
      });
    });
  };
  go(s1, '/a'); go(s2, '/b'); go(s1, '/c'); go(s2, '/d');
  const count = (sets) => Object.values(sets).reduce((n, l) => n + l.length, 0);
  console.log('queued', count(agent.requests), 'sockets', count(agent.sockets), agent.totalSocketCount);
}));
