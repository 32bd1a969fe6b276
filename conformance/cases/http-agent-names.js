'use strict';
// Agent construction: getName() strings, option defaults, validation messages.
const http = require('http');

const agent = new http.Agent();
for (const opts of [
  {}, { host: 'a.test' }, { host: 'a.test', port: 8080 }, { host: 'a.test', port: 80, localAddress: '127.0.0.2' },
  { host: 'a.test', port: 1, family: 4 }, { host: 'a.test', port: 1, family: 6 }, { host: 'a.test', port: 1, family: 5 },
  { socketPath: '/tmp/s.sock' }, { host: '::1', port: 3 }, undefined,
]) {
  console.log(JSON.stringify(opts), JSON.stringify(agent.getName(opts)));
}
console.log('defaults', agent.keepAlive, agent.keepAliveMsecs, agent.maxSockets, agent.maxFreeSockets, agent.maxTotalSockets, agent.scheduling, agent.totalSocketCount);
console.log('options', JSON.stringify(agent.options));
const g = http.globalAgent;
console.log('global', g instanceof http.Agent, g.keepAlive, g.scheduling, JSON.stringify(g.options), g.defaultPort, g.protocol);
const custom = new http.Agent({ keepAlive: true, keepAliveMsecs: 50, maxSockets: 3, maxFreeSockets: 2, maxTotalSockets: 10, scheduling: 'fifo', timeout: 100 });
console.log('custom', custom.keepAlive, custom.keepAliveMsecs, custom.maxSockets, custom.maxFreeSockets, custom.maxTotalSockets, custom.scheduling);
console.log('lists', JSON.stringify(custom.sockets), JSON.stringify(custom.freeSockets), JSON.stringify(custom.requests));
for (const bad of [{ scheduling: 'random' }, { maxTotalSockets: 0 }, { maxTotalSockets: 'x' }, { maxSockets: 0 }]) {
  try {
    const a = new http.Agent(bad);
    console.log(JSON.stringify(bad), 'ok', a.maxSockets, a.maxTotalSockets);
  } catch (e) {
    console.log(JSON.stringify(bad), e.code, e.message);
  }
}
console.log('call without new', http.Agent() instanceof http.Agent);
console.log('defaultMaxSockets', http.Agent.defaultMaxSockets);
