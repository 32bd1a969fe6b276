'use strict';
// Orderings Node guarantees around fs callbacks: never synchronous, nextTick/promise jobs after a
// callback, and Node's readFile (several pool round trips) finishing after an immediate queued with it.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-event-order-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file');
fs.writeFileSync(file, 'data');
const log = [];
fs.stat(file, () => {
  log.push('stat callback');
  setImmediate(() => {
    log.push('immediate from I/O');
    fs.readFile(file, () => {
      log.push('readFile callback');
      process.nextTick(() => log.push('tick from readFile'));
      setImmediate(() => {
        log.push('immediate from readFile');
        step2();
      });
    });
    setImmediate(() => log.push('second immediate (before readFile callback)'));
  });
  process.nextTick(() => log.push('tick from stat'));
  Promise.resolve().then(() => log.push('promise from stat'));
  queueMicrotask(() => log.push('microtask from stat'));
});
log.push('after fs.stat call');
function step2() {
  const fd = fs.openSync(file, 'r');
  const order = [];
  Promise.resolve().then(() => order.push('promise'));
  fs.read(fd, Buffer.alloc(1), 0, 0, 0, () => order.push('zero-length read'));
  fs.writev(fd, [], () => order.push('empty writev'));
  process.nextTick(() => order.push('tick'));
  order.push('sync');
  setImmediate(() => {
    log.push(`zero-length: ${order.join(', ')}`);
    fs.closeSync(fd);
    step3();
  });
}
async function step3() {
  const order = [];
  const p = fs.promises.stat(file).then(() => order.push('promises.stat resolved'));
  order.push('after promises.stat call');
  await p;
  process.nextTick(() => order.push('tick after await'));
  await null;
  order.push('after second await');
  setImmediate(() => {
    log.push(`promises: ${order.join(', ')}`);
    for (const line of log) console.log(line);
  });
}
