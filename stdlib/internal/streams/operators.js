'use strict';
// Readable's iterator-helper operators: map, filter, flatMap, drop, take, asIndexedPairs,
// compose (stream-returning: readable.js wraps their async generators in Readable.from) and
// forEach, toArray, reduce, some, every, find (promise-returning). Loaded on first use.
//
// map() runs up to `concurrency` calls of fn at once and keeps up to `highWaterMark` finished
// results waiting, but always yields results in input order. filter/forEach/some/find/every
// are built on it.

const { AbortController, AbortSignal } = require('internal/abort_controller');
const { AbortError, codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');
const { finished } = require('internal/streams/end_of_stream');
const { isWritable, isNodeStream } = require('internal/streams/utils');

const MathFloor = Math.floor;
const NumberCtor = Number;
const NumberIsNaN = Number.isNaN;
const PromiseReject = Promise.reject.bind(Promise);
const PromiseResolve = Promise.resolve.bind(Promise);

// Results of map's fn that mean "skip this one" (filter, forEach) and "source exhausted".
const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

// readable.compose(stream[, options]): this stream piped through `stream`.
function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composedStream = require('internal/streams/compose')(this, stream);
  if (options?.signal) {
    require('internal/streams/add_abort_signal').addAbortSignalNoValidate(options.signal, composedStream);
  }
  return composedStream;
}

// readable.map(fn[, { concurrency, highWaterMark, signal }])
function map(fn, options) {
  validateFn(fn);
  validateOptions(options);

  let concurrency = 1;
  if (options?.concurrency != null) concurrency = MathFloor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = MathFloor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return mapGenerator.call(this, fn, options, concurrency, highWaterMark);
}

async function* mapGenerator(fn, options, concurrency, highWaterMark) {
  const signal = AbortSignal.any([options?.signal].filter(Boolean));
  const stream = this;
  // Promises of results, in input order (kEof last).
  const queue = [];
  const signalOpt = { signal };

  let next; // wakes the consumer loop below when the queue grows
  let resume; // wakes the pump when there is room again
  let done = false;
  let cnt = 0; // calls of fn in flight

  function onCatch() {
    done = true;
    afterItemProcessed();
  }

  function afterItemProcessed() {
    cnt -= 1;
    maybeResume();
  }

  function maybeResume() {
    if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
      resume();
      resume = null;
    }
  }

  // Reads the source and starts fn calls, pausing while too many are pending.
  async function pump() {
    try {
      for await (let val of stream) {
        if (done) return;
        if (signal.aborted) throw new AbortError();
        try {
          val = fn(val, signalOpt);
          if (val === kEmpty) continue;
          val = PromiseResolve(val);
        } catch (err) {
          val = PromiseReject(err);
        }
        cnt += 1;
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
        if (next) {
          next();
          next = null;
        }
        if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
          await new Promise((resolve) => {
            resume = resolve;
          });
        }
      }
      queue.push(kEof);
    } catch (err) {
      const val = PromiseReject(err);
      val.then(afterItemProcessed, onCatch);
      queue.push(val);
    } finally {
      done = true;
      if (next) {
        next();
        next = null;
      }
    }
  }

  pump();

  try {
    while (true) {
      while (queue.length > 0) {
        const val = await queue[0];
        if (val === kEof) return;
        if (signal.aborted) throw new AbortError();
        if (val !== kEmpty) yield val;
        queue.shift();
        maybeResume();
      }
      await new Promise((resolve) => {
        next = resolve;
      });
    }
  } finally {
    done = true;
    if (resume) {
      resume();
      resume = null;
    }
  }
}

// readable.asIndexedPairs([options]) (deprecated): yields [index, value].
function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError({ cause: options.signal.reason });
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  // All match <=> none fails.
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// ERR_MISSING_ARGS with reduce's own message.
function emptyReduceError() {
  const err = new ERR_MISSING_ARGS('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);

  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // reported through the promise instead
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  if (options?.signal) options.signal.addEventListener('abort', () => ac.abort(), { once: true });

  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw emptyReduceError();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

// Number(n), NaN -> 0, negative -> ERR_OUT_OF_RANGE.
function toIntegerOrInfinity(number) {
  number = NumberCtor(number);
  if (NumberIsNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another item once enough were taken.
      if (number <= 0) return;
    }
  }.call(this);
}

let warnedIndexedPairs = false;
function deprecatedAsIndexedPairs(options) {
  if (!warnedIndexedPairs) {
    warnedIndexedPairs = true;
    process.emitWarning('readable.asIndexedPairs will be removed in a future version.',
      'DeprecationWarning');
  }
  return asIndexedPairs.call(this, options);
}

module.exports = {
  asIndexedPairs: deprecatedAsIndexedPairs,
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
