// Builtins coil has not implemented yet still load (packages require them at load time); using
// them throws a clear error. Under node the same calls succeed, so this case prints only what
// both agree on: that the modules load, their export shapes, and the queries that need no I/O.
const names = ['child_process', 'net', 'http', 'https', 'dns', 'tls', 'zlib', 'crypto', 'stream',
  'readline', 'vm', 'async_hooks', 'worker_threads', 'cluster', 'string_decoder', 'buffer',
  'perf_hooks', 'tty'];
for (const name of names) {
  const m = require(name);
  const n = require(`node:${name}`);
  console.log(name, m === n, typeof m);
}
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData);
const cluster = require('cluster');
console.log(cluster.isPrimary, cluster.isMaster, cluster.isWorker);
console.log(typeof require('child_process').spawn, typeof require('stream').Readable);
class MyStream extends require('stream').Writable {}
console.log(typeof MyStream, require('tty').isatty(-1), require('tty').isatty(1.5));
console.log(typeof require('perf_hooks').performance.now());
