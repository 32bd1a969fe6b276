// An uncaught exception is reported in the async context of the callback that threw (ticks,
// timers, immediates): 'uncaughtException' listeners see its AsyncLocalStorage store, and what
// they schedule runs there too; other callbacks keep their own contexts. A queueMicrotask
// error is reported outside its context, as in Node.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

const steps = [
  () => als.run('tick-store', () => process.nextTick(() => { throw new Error('tick'); })),
  () => als.run('microtask-store', () => queueMicrotask(() => { throw new Error('microtask'); })),
  () => als.run('timer-store', () => setTimeout(() => { throw new Error('timer'); })),
  () => als.run('immediate-store', () => setImmediate(() => { throw new Error('immediate'); })),
];

process.on('uncaughtException', (e) => {
  console.log('uncaught', e.message, als.getStore());
  process.nextTick(() => {
    console.log('tick queued by the listener', als.getStore());
    setTimeout(() => {
      console.log('next step from', als.getStore());
      als.enterWith(undefined);
      const step = steps.shift();
      if (step) step();
    }, 1);
  });
});
steps.shift()();
