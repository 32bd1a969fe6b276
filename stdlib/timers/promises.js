'use strict';
// node:timers/promises - setTimeout, setImmediate and setInterval (async iterator) as promises,
// cancellable with an AbortSignal.

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal?.reason });
}

// Node's checks, in its order: the delay, the options object (arrays refused), the signal and
// `ref`.
function validateOptions(options, delay) {
  const {
    validateNumber, validateObject, validateAbortSignal, validateBoolean,
  } = require('internal/validators');
  if (delay !== undefined) validateNumber(delay, 'delay');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function schedule(make, clear, options, delay) {
  let settings;
  try {
    settings = validateOptions(options, delay);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal, ref } = settings;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = make(resolve);
    if (!ref) handle.unref();
    if (signal !== undefined) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  if (onAbort === undefined) return promise;
  // Once settled, the listener goes: a long-lived signal shared by many timers must not
  // collect one listener per timer (Node removes it the same way, in a finally step).
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  return schedule((resolve) => new Timeout(() => resolve(value), after, undefined, false, true),
    clearTimeout, options, after);
}

function setImmediate(value, options = {}) {
  return schedule((resolve) => new Immediate(() => resolve(value), undefined),
    clearImmediate, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options, after);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const timer = new Timeout(() => {
    pending++;
    if (wake !== null) {
      wake();
      wake = null;
    }
  }, after, undefined, true, true);
  if (!ref) timer.unref();
  let aborted = false;
  // Aborting stops the interval; ticks already due are still yielded, then the loop throws (a
  // consumer slower than the interval would otherwise never see the abort).
  const onAbort = () => {
    aborted = true;
    clearTimeout(timer);
    if (wake !== null) wake();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      if (aborted) break;
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

function checkScheduler(self) {
  if (self[kScheduler] !== true) {
    throw new (require('internal/errors').codes.ERR_INVALID_THIS)('Scheduler');
  }
}

/**
 * timers/promises' `scheduler` (the scheduling API proposal): wait(delay) and yield().
 */
class Scheduler {
  constructor(token) {
    // Only this module makes the one scheduler; `new scheduler.constructor()` is refused.
    if (token !== kScheduler) {
      throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    }
    this[kScheduler] = true;
  }

  wait(delay, options) {
    checkScheduler(this);
    return setTimeout(delay, undefined, options);
  }

  yield() {
    checkScheduler(this);
    return setImmediate();
  }
}

const scheduler = new Scheduler(kScheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
