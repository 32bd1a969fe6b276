// timers/promises — setImmediate values and ordering against timers, nextTick and microtasks.
const { setImmediate: immediate, setTimeout: sleep } = require('timers/promises');
const log = [];
immediate('i1').then((v) => log.push(v));
immediate().then((v) => log.push(`i-none:${v}`));
immediate('i2').then((v) => log.push(v));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('micro'));
setImmediate(() => log.push('cb-immediate'));
log.push('sync');
setTimeout(() => {
  // inside a timer callback, immediates run before the next timer phase
  setTimeout(() => log.push('timeout-from-timeout'), 0);
  immediate('imm-from-timeout').then((v) => log.push(v));
  setTimeout(() => {
    console.log(log);
    (async () => {
      const r = [];
      for (let i = 0; i < 3; i++) r.push(await immediate(i));
      console.log(r);
      const mixed = [];
      await Promise.all([sleep(5, 't').then((v) => mixed.push(v)), immediate('im').then((v) => mixed.push(v))]);
      console.log(mixed);
    })();
  }, 20);
}, 5);
