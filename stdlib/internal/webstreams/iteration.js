'use strict';
// Async iteration of a ReadableStream (values() and [Symbol.asyncIterator], with WebIDL's
// "ongoing promise" chaining) and ReadableStream.from(iterable).

const {
  kState, codes, invalidState, createDeferred, promiseResolvedWith, promiseRejectedWith, uponPromise,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');

const ObjectCreate = Object.create;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ReflectApply = Reflect.apply;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;

const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);
const kEnd = Symbol('kEnd');

// Shared prototype of the iterators values() returns; as in Node, their methods are own
// properties and the prototype lists them as undefined.
const ReadableStreamAsyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype);
ReadableStreamAsyncIteratorPrototype.next = undefined;
ReadableStreamAsyncIteratorPrototype.return = undefined;

function createAsyncIterator(stream, preventCancel) {
  const reader = readable.acquireReadableStreamDefaultReader(stream);
  let ongoingPromise;
  let isFinished = false;

  function getNextIterationResult() {
    if (reader[kState].stream === undefined) {
      return promiseRejectedWith(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readable.readableStreamDefaultReaderRead(reader, {
      chunk: resolve,
      close() {
        readable.readableStreamDefaultReaderRelease(reader);
        resolve(kEnd);
      },
      error(error) {
        readable.readableStreamDefaultReaderRelease(reader);
        reject(error);
      },
    });
    return promise;
  }

  function nextSteps() {
    if (isFinished) return promiseResolvedWith({ done: true, value: undefined });
    return uponPromise(getNextIterationResult(), (value) => {
      ongoingPromise = undefined;
      if (value === kEnd) {
        isFinished = true;
        return { done: true, value: undefined };
      }
      return { value, done: false };
    }, (reason) => {
      ongoingPromise = undefined;
      isFinished = true;
      throw reason;
    });
  }

  function returnSteps(value) {
    if (isFinished) return promiseResolvedWith({ done: true, value });
    isFinished = true;
    if (reader[kState].stream === undefined) return promiseResolvedWith(undefined);
    if (!preventCancel) {
      const result = readable.readableStreamReaderGenericCancel(reader, value);
      readable.readableStreamDefaultReaderRelease(reader);
      return result;
    }
    readable.readableStreamDefaultReaderRelease(reader);
    return promiseResolvedWith(undefined);
  }

  const iterator = ObjectCreate(ReadableStreamAsyncIteratorPrototype);
  iterator.next = function next() {
    ongoingPromise = ongoingPromise === undefined ? nextSteps() :
      uponPromise(ongoingPromise, nextSteps, nextSteps);
    return ongoingPromise;
  };
  iterator.return = function return_(value = undefined) {
    const steps = () => returnSteps(value);
    ongoingPromise = ongoingPromise === undefined ? steps() : uponPromise(ongoingPromise, steps, steps);
    return uponPromise(ongoingPromise, () => ({ done: true, value }));
  };
  Object.defineProperty(iterator.return, 'name', { __proto__: null, value: 'return' });
  iterator[SymbolAsyncIterator] = function () {
    return this;
  };
  Object.defineProperty(iterator[SymbolAsyncIterator], 'name', {
    __proto__: null, value: '[Symbol.asyncIterator]',
  });
  return iterator;
}

// GetIterator(obj, async): an async iterator, or one made from a sync iterator.
function getAsyncIterator(iterable) {
  if (iterable !== null && iterable !== undefined) {
    const asyncMethod = iterable[SymbolAsyncIterator];
    if (asyncMethod !== undefined && asyncMethod !== null) {
      const iterator = ReflectApply(asyncMethod, iterable, []);
      if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
        throw invalidState('The iterator method must return an object');
      }
      return { iterator, next: iterator.next };
    }
    const syncMethod = iterable[SymbolIterator];
    if (syncMethod !== undefined && syncMethod !== null) {
      const iterator = ReflectApply(syncMethod, iterable, []);
      if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
        throw invalidState('The iterator method must return an object');
      }
      return asyncFromSyncIterator(iterator);
    }
  }
  throw new (codes().ERR_ARG_NOT_ITERABLE)(iterable);
}

// CreateAsyncFromSyncIterator, for the two methods from() uses.
function asyncFromSyncIterator(syncIterator) {
  const syncNext = syncIterator.next;
  function continuation(result) {
    if (result === null || (typeof result !== 'object' && typeof result !== 'function')) {
      throw invalidState('The iterator.next() method must return an object');
    }
    const done = !!result.done;
    return uponPromise(promiseResolvedWith(result.value), (value) => ({ value, done }));
  }
  const iterator = {
    next() {
      try {
        return continuation(ReflectApply(syncNext, syncIterator, []));
      } catch (error) {
        return promiseRejectedWith(error);
      }
    },
    return(value) {
      try {
        const method = syncIterator.return;
        if (method === undefined || method === null) return promiseResolvedWith({ done: true, value });
        return continuation(ReflectApply(method, syncIterator, [value]));
      } catch (error) {
        return promiseRejectedWith(error);
      }
    },
  };
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(iterable) {
  const record = getAsyncIterator(iterable);
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = ReflectApply(record.next, record.iterator, []);
    } catch (error) {
      return promiseRejectedWith(error);
    }
    return uponPromise(promiseResolvedWith(nextResult), (iterResult) => {
      if (iterResult === null || (typeof iterResult !== 'object' && typeof iterResult !== 'function')) {
        throw invalidState('The iterator.next() method must return an object');
      }
      const controller = stream[kState].controller;
      if (iterResult.done) readable.readableStreamDefaultControllerClose(controller);
      else readable.readableStreamDefaultControllerEnqueue(controller, iterResult.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnResult;
    try {
      const method = record.iterator.return;
      if (method === undefined || method === null) return promiseResolvedWith(undefined);
      returnResult = ReflectApply(method, record.iterator, [reason]);
    } catch (error) {
      return promiseRejectedWith(error);
    }
    return uponPromise(promiseResolvedWith(returnResult), (iterResult) => {
      if (iterResult === null || (typeof iterResult !== 'object' && typeof iterResult !== 'function')) {
        throw invalidState('The iterator.return() method must return an object');
      }
    });
  };
  stream = readable.createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

module.exports = { createAsyncIterator, readableStreamFromIterable };
