'use strict';
// Client errors: connection refused, the server closing before a response (socket hang up),
// invalid options, and abort()/destroy() before a response.
const http = require('http');
const net = require('net');
async function main() {
  const closed = net.createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const port = closed.address().port;
  await new Promise((r) => closed.close(r));
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1' });
    req.on('error', (e) => { console.log('refused:', e.code, e.syscall, e.message.replace(String(port), 'PORT')); });
    req.on('close', () => { console.log('close after refused'); resolve(); });
  });
  const hangup = net.createServer((s) => s.destroy());
  await new Promise((r) => hangup.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const req = http.get({ port: hangup.address().port, host: '127.0.0.1', agent: false });
    req.on('error', (e) => console.log('hang up:', e.code, e.message));
    req.on('close', resolve);
  });
  hangup.close();
  for (const options of [{ method: 'BAD METHOD' }, { method: 42 }, { path: '/a b' }, { protocol: 'https:' }, { host: 42 }, { agent: 'x' }, { timeout: -1 }]) {
    try { http.request({ port: 1, ...options }); } catch (e) { console.log(e.code, e.message); }
  }
  const slow = http.createServer(() => {});
  await new Promise((r) => slow.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const req = http.get({ port: slow.address().port, host: '127.0.0.1' });
    req.on('socket', () => setTimeout(() => req.destroy(), 20));
    req.on('error', (e) => console.log('destroyed:', e.code, e.message));
    req.on('close', () => { console.log('closed, destroyed =', req.destroyed); resolve(); });
  });
  slow.closeAllConnections();
  slow.close(() => console.log('done'));
}
main();
