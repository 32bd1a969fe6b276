'use strict';
// Readable.from(iterable[, options]) (and Duplex.from's iterable case): an object-mode stream
// (highWaterMark 1 by default) that pulls values from a sync or async iterable. A string or
// Buffer is one chunk, not iterated. Sync iterables are read in a plain loop until they yield a
// promise; from then on values are awaited. Destroying the stream calls the iterator's
// throw()/return() so generators run their `finally` blocks.

const { Buffer } = require('buffer');

const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;

function nullValuesError() {
  return new (require('internal/errors').codes.ERR_STREAM_NULL_VALUES)();
}

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  let iterator;
  if (iterable && iterable[SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[SymbolAsyncIterator]();
  } else if (iterable && iterable[SymbolIterator]) {
    isAsync = false;
    iterator = iterable[SymbolIterator]();
  } else {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });

  // True while a pull loop is running, so _read does not start a second one.
  let reading = false;
  // A sync iterator produced a promise once: await its values from then on.
  let isAsyncValues = false;

  readable._read = function() {
    if (reading) return;
    reading = true;
    if (isAsync) nextAsync();
    else if (isAsyncValues) nextSyncWithAsyncValues();
    else nextSyncWithSyncValues();
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error), // (nextTick: an exception in cb must not reject here)
      (e) => process.nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Pushes one value; returns whether to keep pulling. Throws on null.
  function pushValue(value) {
    if (value === null) {
      reading = false;
      throw nullValuesError();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  // Three loops, so that the common cases pay for no `await`.
  function nextSyncWithSyncValues() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          changeToAsyncValues(value);
          return;
        }
        if (!pushValue(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      if (pushValue(await value)) nextSyncWithAsyncValues();
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextSyncWithAsyncValues() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (!pushValue(res)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (!pushValue(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;
