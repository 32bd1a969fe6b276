// timers/promises — scheduler.wait / scheduler.yield.
const { scheduler } = require('timers/promises');
console.log(scheduler, Object.prototype.toString.call(scheduler), typeof scheduler.wait, typeof scheduler.yield);
console.log(scheduler.wait.length, scheduler.yield.length, scheduler.wait.name, scheduler.yield.name);
// started from a timer callback so immediates reliably run before later timers
setTimeout(async () => {
  const order = [];
  const p = Promise.all([
    scheduler.wait(10).then((v) => order.push(`wait10:${v}`)),
    scheduler.wait(1).then((v) => order.push(`wait1:${v}`)),
    scheduler.yield().then((v) => order.push(`yield:${v}`)),
  ]);
  Promise.resolve().then(() => order.push('micro'));
  process.nextTick(() => order.push('tick'));
  await p;
  console.log(order);
  try {
    await scheduler.wait(1000, { signal: AbortSignal.abort('halt') });
  } catch (e) {
    console.log(e.name, e.code, e.cause);
  }
  const c = new AbortController();
  const w = scheduler.wait(1000, { signal: c.signal });
  c.abort();
  await w.catch((e) => console.log('aborted wait', e.name, e.cause.name));
  for (const f of [() => scheduler.wait('x'), () => scheduler.wait(1, 5), () => scheduler.wait(1, { signal: 1 })]) {
    try {
      await f();
      console.log('ok');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { scheduler.yield.call(null); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(await scheduler.yield(), await scheduler.wait(0));
}, 1);
