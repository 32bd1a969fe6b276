'use strict';
// node:timers/promises — setTimeout, setImmediate and setInterval (async iterator) as promises,
// cancellable with an AbortSignal.

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (typeof ref !== 'boolean') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function schedule(make, clear, options) {
  let settings;
  try {
    settings = validateOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal, ref } = settings;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const handle = make(resolve);
    if (!ref) handle.unref();
    if (signal !== undefined) {
      const onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return schedule((resolve) => new Timeout(() => resolve(value), after, undefined, false, true),
    clearTimeout, options);
}

function setImmediate(value, options = {}) {
  return schedule((resolve) => new Immediate(() => resolve(value), undefined),
    clearImmediate, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
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
  const onAbort = () => {
    aborted = true;
    if (wake !== null) wake();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
