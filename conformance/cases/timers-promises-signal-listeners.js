// timers/promises: a timer given an AbortSignal removes its 'abort' listener
// once it settles, so one long-lived signal can guard many timers without
// piling up listeners; aborting still rejects the timers that are pending.
// The scheduler cannot be constructed from user code.
'use strict';
const { setTimeout: sleep, setImmediate: nextTurn, scheduler } = require('timers/promises');
const { getEventListeners } = require('events');

async function main() {
  const ac = new AbortController();
  const { signal } = ac;

  for (let i = 0; i < 5; i++) await sleep(1, i, { signal });
  console.log('after 5 timeouts:', getEventListeners(signal, 'abort').length);

  for (let i = 0; i < 3; i++) await nextTurn(i, { signal });
  console.log('after 3 immediates:', getEventListeners(signal, 'abort').length);

  await scheduler.wait(1, { signal });
  console.log('after scheduler.wait:', getEventListeners(signal, 'abort').length);

  const pending = sleep(10000, 'never', { signal });
  console.log('while pending:', getEventListeners(signal, 'abort').length);
  ac.abort(new Error('stop'));
  try {
    await pending;
  } catch (err) {
    console.log('rejected:', err.name, err.code, err.cause.message);
  }
  console.log('after abort:', getEventListeners(signal, 'abort').length);

  const value = await sleep(1, 'plain');
  console.log('without a signal:', value);

  try {
    new scheduler.constructor();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    scheduler.wait.call({}, 1);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

main();
