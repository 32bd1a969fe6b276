// timers/promises — promise timers interleaved with callback timers, nextTick and microtasks.
const tp = require('timers/promises');
const log = [];
setTimeout(() => {
  log.push('T0 start');
  tp.setTimeout(0, 'p-timeout').then((v) => {
    log.push(v);
    process.nextTick(() => log.push('tick after p-timeout'));
    Promise.resolve().then(() => log.push('micro after p-timeout'));
  });
  setTimeout(() => log.push('cb-timeout'), 0);
  tp.setImmediate('p-immediate').then((v) => log.push(v));
  setImmediate(() => log.push('cb-immediate'));
  process.nextTick(() => log.push('tick'));
  queueMicrotask(() => log.push('microtask'));
  log.push('T0 end');
}, 1);
setTimeout(() => {
  console.log(log.join('\n'));
  const log2 = [];
  setImmediate(async () => {
    log2.push('imm start');
    await null;
    log2.push('after await null');
    const v = await tp.setImmediate('awaited immediate');
    log2.push(v);
    setImmediate(() => {
      console.log(log2);
    });
  });
  setImmediate(() => log2.push('second immediate'));
}, 30);
