'use strict';
// events.on(emitter, event[, options]): an async iterator over an event's occurrences (each an
// array of the listener arguments), as Node v20. 'error' on an EventEmitter rejects the pending
// or next read and ends the iteration; `close` names events that end it; `signal` aborts it;
// highWaterMark/lowWaterMark pause()/resume() the emitter around a buffered backlog.

const NumberMAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const PromiseCtor = Promise;
const PromiseReject = Promise.reject.bind(Promise);
const PromiseResolve = Promise.resolve.bind(Promise);
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

const { validateAbortSignal, validateInteger } = require('internal/validators');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { kFirstEventParam } = require('internal/events/symbols');

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
const kWatermarkData = Symbol.for('nodejs.watermarkData');

// A FIFO queue that does not shift arrays.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  isEmpty() {
    return this.head === this.items.length;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return item;
  }
}

function result(value, done) {
  return { value, done };
}

function addListener(emitter, name, listener) {
  if (typeof emitter.on === 'function') emitter.on(name, listener);
  else if (typeof emitter.addEventListener === 'function') emitter.addEventListener(name, listener, undefined);
  else throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
}

function removeListener(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, undefined);
  else throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
}

function on(emitter, event, options) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? NumberMAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = ObjectSetPrototypeOf({
    next() {
      // Buffered events first, then a pending error, then the end.
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return PromiseResolve(result(value, false));
      }
      if (error) {
        const p = PromiseReject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new PromiseCtor(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [SymbolAsyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  // Every listener added, to remove them all when the iteration ends.
  const added = [];
  const listen = (name, listener) => {
    addListener(emitter, name, listener);
    added.push([name, listener]);
  };
  const removeAll = () => {
    while (added.length > 0) {
      const [name, listener] = added.pop();
      removeListener(emitter, name, listener);
    }
  };

  listen(event, options[kFirstEventParam] ? eventHandler : function(...args) {
    return eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], closeHandler);
  }
  const abortDisposable = signal ? require('events').addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(result(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortDisposable?.[SymbolDispose]();
    removeAll();
    finished = true;
    const done = result(undefined, true);
    while (!unconsumedPromises.isEmpty()) unconsumedPromises.shift().resolve(done);
    return PromiseResolve(done);
  }
}

module.exports = { on };
