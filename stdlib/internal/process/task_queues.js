'use strict';
// process.nextTick's queue and queueMicrotask. The loop calls processTicksAndRejections() after
// every callback when ticks are queued (see runtime/src/event_loop/mod.rs `drain`): all queued
// ticks run, then the promise jobs, repeated until both are empty - Node's order.

const binding = internalBinding('task_queue');
const { setTickScheduled, runMicrotasks, enqueueMicrotask, tracing, getAsyncFrame, setAsyncFrame } = binding;
const ReflectApply = Reflect.apply;

// The queue: [callback, args, frame, callback, args, frame, ...] (args undefined when none; frame
// is the async context frame the tick was scheduled in, for AsyncLocalStorage; one push per tick
// is measurably cheaper in Boa than separate arrays), plus, under --trace-loop, where each tick
// was scheduled. `head` advances instead of shifting (O(1)).
let queue = [];
let origins = [];
let head = 0;
// Mirrors the loop's flag so the native call happens once per batch, not once per tick.
let scheduled = false;
let exiting = false;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (exiting) return;
  if (!scheduled) {
    scheduled = true;
    setTickScheduled(true);
  }
  queue.push(callback, args.length === 0 ? undefined : args, getAsyncFrame());
  if (tracing) origins.push(binding.callerOrigin());
}

function processTicksAndRejections() {
  const outer = getAsyncFrame();
  do {
    while (head < queue.length) {
      const callback = queue[head];
      const args = queue[head + 1];
      const frame = queue[head + 2];
      queue[head] = undefined;
      queue[head + 1] = undefined;
      queue[head + 2] = undefined;
      if (tracing) binding.traceTick(origins[head / 3]);
      head += 3;
      // An exception leaves the rest queued; the loop reports it and calls us again.
      if (frame === outer) {
        if (args === undefined) callback();
        else ReflectApply(callback, undefined, args);
      } else {
        runInFrame(frame, outer, callback, args);
      }
    }
    queue = [];
    origins = [];
    head = 0;
    runMicrotasks();
  } while (head < queue.length);
  scheduled = false;
  setTickScheduled(false);
}

// Runs a tick in the async context frame it was scheduled in, then restores `outer`. A tick
// that throws leaves its frame current: the loop reports the error in it (listeners see the
// tick's AsyncLocalStorage stores, as in Node) and then restores the frame it had.
function runInFrame(frame, outer, callback, args) {
  setAsyncFrame(frame);
  if (args === undefined) callback();
  else ReflectApply(callback, undefined, args);
  setAsyncFrame(outer);
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  enqueueMicrotask(callback);
}

// After 'exit' was emitted, new ticks are dropped (as in Node).
function setExiting() {
  exiting = true;
}

module.exports = { nextTick, processTicksAndRejections, queueMicrotask, setExiting };
