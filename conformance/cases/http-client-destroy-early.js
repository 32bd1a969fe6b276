'use strict';
// Destroying a ClientRequest before it has a socket: with an error it is emitted, without one
// only 'close'; a signal aborts with AbortError; destroyed/aborted flags.
const http = require('http');

const server = http.createServer((req, res) => res.end('x'));

function watch(label, req) {
  return new Promise((resolve) => {
    const log = [];
    req.on('socket', () => log.push('socket'));
    req.on('error', (e) => log.push(`error ${e.name} ${e.code} ${e.message}`));
    req.on('abort', () => log.push('abort'));
    req.on('response', () => log.push('response'));
    req.on('close', () => {
      log.push(`close destroyed=${req.destroyed} aborted=${req.aborted}`);
      setTimeout(() => {
        console.log(label, log.join(' | '));
        resolve();
      }, 20);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const opts = { port: server.address().port, host: '127.0.0.1', agent: false };
  let req = http.get(opts);
  const w1 = watch('destroy()', req);
  req.destroy();
  await w1;
  req = http.get(opts);
  const w2 = watch('destroy(err)', req);
  req.destroy(new Error('custom'));
  await w2;
  const ac = new AbortController();
  req = http.get({ ...opts, signal: ac.signal });
  const w3 = watch('signal', req);
  ac.abort();
  await w3;
  req = http.get({ ...opts, signal: AbortSignal.abort() });
  await watch('aborted signal', req);
  const ac2 = new AbortController();
  req = http.get({ ...opts, signal: ac2.signal }, (res) => {
    res.on('data', () => {});
    res.on('error', (e) => console.log('  res error', e.code));
    ac2.abort();
  });
  await watch('signal after response', req);
  server.close();
});
