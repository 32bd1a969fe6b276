'use strict';
// The error a request to a closed port reports: its class, code, errno, syscall, address and port
// properties, the message (port masked), and the events around it (no 'response', 'close' after
// 'error'); the same through http.get with a URL and with a signal.
const http = require('http');
const net = require('net');

function refused(port, make) {
  return new Promise((resolve) => {
    const log = [];
    const req = make(port);
    req.on('socket', () => log.push('socket'));
    req.on('response', () => log.push('response'));
    req.on('error', (e) => {
      log.push('error');
      console.log('  name', e.name, 'instanceof Error', e instanceof Error);
      console.log('  code', e.code, 'errno', e.errno, 'syscall', e.syscall, 'address', e.address, 'port ok', e.port === port);
      console.log('  message', e.message.replace(String(port), 'PORT'));
      console.log('  keys', Object.keys(e).sort().join());
    });
    req.on('close', () => {
      log.push(`close destroyed=${req.destroyed}`);
      console.log('  events', log.join(' | '));
      resolve();
    });
  });
}

const probe = net.createServer();
probe.listen(0, '127.0.0.1', async () => {
  const port = probe.address().port;
  await new Promise((r) => probe.close(r));
  console.log('options');
  await refused(port, (p) => http.request({ host: '127.0.0.1', port: p, agent: false }).end());
  console.log('url string, global agent');
  await refused(port, (p) => http.get(`http://127.0.0.1:${p}/x`));
  console.log('with signal');
  await refused(port, (p) => http.get({ host: '127.0.0.1', port: p, signal: new AbortController().signal }));
  console.log('keep-alive agent');
  const agent = new http.Agent({ keepAlive: true });
  await refused(port, (p) => http.get({ host: '127.0.0.1', port: p, agent }));
  console.log('agent after', Object.keys(agent.sockets).length, agent.totalSocketCount);
});
