// AsyncLocalStorage: run/exit/enterWith/disable/getStore, and the store carried through
// promises (then and await), nextTick, queueMicrotask, timers, immediates, fs callbacks,
// sockets and http requests; AsyncResource and snapshot/bind keep their creation context.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const fs = require('fs');
const http = require('http');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
// Callbacks of independent sources (fs, timers, immediates) finish in any order: each records
// what it saw, and everything is printed at the end in label order.
const seen = new Map();
const log = (label) => seen.set(label, [als.getStore(), other.getStore()]);
process.on('exit', () => {
  for (const label of [...seen.keys()].sort()) console.log(label, ...seen.get(label));
});
console.log(Object.keys(als), als.getStore());
console.log(als.run(1, (a) => [als.getStore(), a], 'x'), als.getStore());
try { als.run(2, () => { throw new Error('boom'); }); } catch (e) { console.log(e.message, als.getStore()); }
als.run({ id: 'A' }, () => {
  other.run('o', () => {
    log('sync');
    als.exit(() => log('exit'));
    process.nextTick(() => log('nextTick'));
    queueMicrotask(() => log('microtask'));
    Promise.resolve().then(() => log('then'));
    (async () => { await null; log('after await'); await new Promise((r) => setTimeout(r, 1)); log('after timer await'); })();
    setTimeout(() => log('timeout'), 2);
    setImmediate(() => log('immediate'));
    fs.stat(__filename, () => log('fs callback'));
    const resource = new AsyncResource('X');
    als.run({ id: 'B' }, () => resource.runInAsyncScope(() => log('resource scope')));
    const snapshot = AsyncLocalStorage.snapshot();
    const bound = AsyncLocalStorage.bind(() => log('bound'));
    als.run({ id: 'C' }, () => { snapshot(() => log('snapshot')); bound(); });
  });
});
log('outside');
setTimeout(() => {
  const server = http.createServer((req, res) => {
    als.run({ req: req.url }, () => {
      setTimeout(() => { log('in handler timer'); res.end('ok'); }, 1);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    als.run({ client: 1 }, () => {
      http.get({ port: server.address().port, host: '127.0.0.1', path: '/x', agent: false }, (res) => {
        log('client response');
        res.resume();
        res.on('end', () => { log('client end'); server.close(); });
      });
    });
  });
}, 20);
setTimeout(() => {
  als.enterWith('entered');
  log('after enterWith');
  setTimeout(() => log('timer after enterWith'), 1);
  als.disable();
  log('after disable');
}, 10);
