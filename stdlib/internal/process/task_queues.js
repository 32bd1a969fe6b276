'use strict';
// process.nextTick's queue and queueMicrotask. The loop calls processTicksAndRejections() after
// every callback when ticks are queued (see runtime/src/event_loop/mod.rs `drain`): all queued
// ticks run, then the promise jobs, repeated until both are empty — Node's order.

const binding = internalBinding('task_queue');
const { setTickScheduled, runMicrotasks, enqueueMicrotask, tracing } = binding;
const ReflectApply = Reflect.apply;

// A FIFO of [callback, args, origin] records; `head` advances instead of shifting (O(1)).
let queue = [];
let head = 0;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  const process = globalThis.process;
  if (process !== undefined && process._exiting) return;
  if (head === queue.length) setTickScheduled(true);
  queue.push({ callback, args, origin: tracing ? binding.callerOrigin() : undefined });
}

function processTicksAndRejections() {
  do {
    while (head < queue.length) {
      const tick = queue[head];
      queue[head] = undefined;
      head++;
      if (head === queue.length) {
        queue = [];
        head = 0;
        setTickScheduled(false);
      }
      if (tracing) binding.traceTick(tick.origin);
      // An exception leaves the rest queued; the loop reports it and calls us again.
      ReflectApply(tick.callback, undefined, tick.args);
    }
    runMicrotasks();
  } while (head < queue.length);
  setTickScheduled(false);
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  enqueueMicrotask(callback);
}

module.exports = { nextTick, processTicksAndRejections, queueMicrotask };
