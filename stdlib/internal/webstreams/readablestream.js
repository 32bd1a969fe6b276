'use strict';
// ReadableStream, ReadableStreamDefaultReader and ReadableStreamDefaultController (WHATWG Streams
// section 4), with the abstract operations shared by both kinds of controller. Byte streams live in
// ./bytestream, tee in ./tee, pipeTo in ./pipe, async iteration and from() in ./iteration.

const {
  validateObjectArg,
  kState, kType, kInternal, customInspectSymbol, codes, invalidState, invalidThis, isBrand,
  createDeferred, promiseResolvedWith, promiseRejectedWith, uponPromise, setPromiseHandled,
  callbackAlgorithm, Queue, enqueueValueWithSize, dequeueValue, resetQueue,
  extractHighWaterMark, extractSizeAlgorithm, customInspect, defineClassShape, illegalConstructor,
} = require('internal/webstreams/util');

const ObjectCreate = Object.create;

let bytes;
function byteStream() {
  bytes ??= require('internal/webstreams/bytestream');
  return bytes;
}

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

function isReadableStreamDefaultReader(value) {
  return isBrand(value, 'ReadableStreamDefaultReader');
}

function isReadableStreamDefaultController(value) {
  return isBrand(value, 'ReadableStreamDefaultController');
}

// ---------------------------------------------------------------------------------------------
// ReadableStream

class ReadableStream {
  constructor(source = undefined, strategy = {}) {
    if (source === kInternal) {
      initializeReadableStream(this);
      return;
    }
    validateObjectArg(source, 'source', false);
    validateObjectArg(strategy, 'strategy');
    initializeReadableStream(this);
    source ??= {};
    strategy ??= {};
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('strategy.size', strategy.size);
      }
      const highWaterMark = extractHighWaterMark(strategy, 0);
      byteStream().setUpReadableByteStreamControllerFromUnderlyingSource(this, source, highWaterMark);
      return;
    }
    if (type !== undefined) throw new (codes().ERR_INVALID_ARG_VALUE)('source.type', type);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpReadableStreamDefaultControllerFromUnderlyingSource(this, source, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return promiseRejectedWith(invalidThis('ReadableStream'));
    if (isReadableStreamLocked(this)) {
      return promiseRejectedWith(invalidState('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    validateObjectArg(options, 'options');
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new (codes().ERR_INVALID_ARG_VALUE)('options.mode', mode);
    return new (byteStream().ReadableStreamBYOBReader)(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    const { isWritableStream } = require('internal/webstreams/writablestream');
    if (!isWritableStream(writable)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('transform.writable', 'WritableStream', writable);
    }
    const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (writable.locked) throw invalidState('The WritableStream is locked');
    const promise = require('internal/webstreams/pipe').readableStreamPipeTo(
      this, writable, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw invalidThis('ReadableStream');
      const { isWritableStream } = require('internal/webstreams/writablestream');
      if (!isWritableStream(destination)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('transform.writable', 'WritableStream', destination);
      }
      const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (destination.locked) throw invalidState('The WritableStream is locked');
      return require('internal/webstreams/pipe').readableStreamPipeTo(
        this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return promiseRejectedWith(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    if (isReadableStreamLocked(this)) throw invalidState('ReadableStream is locked');
    return require('internal/webstreams/tee').readableStreamTee(this);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    validateObjectArg(options, 'options');
    const preventCancel = !!options?.preventCancel;
    return require('internal/webstreams/iteration').createAsyncIterator(this, preventCancel);
  }

  static from(iterable) {
    return require('internal/webstreams/iteration').readableStreamFromIterable(iterable);
  }

  [customInspectSymbol](depth, options, inspect) {
    const state = this[kState];
    return customInspect(depth, options, inspect, this[kType], {
      locked: this.locked,
      state: state.state,
      supportsBYOB: byteStream().isReadableByteStreamController(state.controller),
    });
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});
defineClassShape(ReadableStream, 'ReadableStream',
  ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);

function pipeOptions(options) {
  validateObjectArg(options, 'options');
  if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
    if (options !== undefined && options !== null) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    options = {};
  }
  const signal = options.signal;
  if (signal !== undefined) {
    const { AbortSignal } = require('internal/abort_controller');
    if (!(signal instanceof AbortSignal)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.signal', 'AbortSignal', signal);
    }
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

/** A ReadableStream object with no controller yet (InitializeReadableStream). */
function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    __proto__: null,
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
}

function createInternalReadableStream() {
  return new ReadableStream(kInternal);
}

/** CreateReadableStream: a stream over algorithms (used by TransformStream and tee). */
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = createInternalReadableStream();
  const controller = newController(ReadableStreamDefaultController);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return promiseResolvedWith(undefined);
  if (state.state === 'errored') return promiseRejectedWith(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  const sourceCancelPromise = state.controller[kState].cancelSteps(reason);
  return uponPromise(sourceCancelPromise, () => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closedPromise.resolve(undefined);
  if (isReadableStreamDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  const reader = state.reader;
  if (reader === undefined) return;
  const closed = reader[kState].closedPromise;
  closed.reject(error);
  setPromiseHandled(closed.promise);
  if (isReadableStreamDefaultReader(reader)) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    byteStream().readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamDefaultReader(reader);
}

// ---------------------------------------------------------------------------------------------
// Readers (generic parts shared with the BYOB reader)

function readableStreamReaderGenericInitialize(reader, stream) {
  const readerState = reader[kState];
  const streamState = stream[kState];
  readerState.stream = stream;
  streamState.reader = reader;
  if (streamState.state === 'readable') {
    readerState.closedPromise = createDeferred();
  } else if (streamState.state === 'closed') {
    readerState.closedPromise = createDeferred();
    readerState.closedPromise.resolve(undefined);
  } else {
    readerState.closedPromise = createDeferred();
    readerState.closedPromise.reject(streamState.storedError);
    setPromiseHandled(readerState.closedPromise.promise);
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const readerState = reader[kState];
  const stream = readerState.stream;
  const error = invalidState('Reader released');
  if (stream[kState].state === 'readable') {
    readerState.closedPromise.reject(error);
  } else {
    readerState.closedPromise = createDeferred();
    readerState.closedPromise.reject(error);
  }
  setPromiseHandled(readerState.closedPromise.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  readerState.stream = undefined;
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('stream', 'ReadableStream', stream);
    }
    if (isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { __proto__: null, stream: undefined, closedPromise: undefined, readRequests: [] };
    readableStreamReaderGenericInitialize(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return promiseRejectedWith(invalidThis('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return promiseRejectedWith(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunk: (value) => resolve({ value, done: false }),
      close: () => resolve({ value: undefined, done: true }),
      error: reject,
    });
    return promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) {
      return promiseRejectedWith(invalidThis('ReadableStreamDefaultReader'));
    }
    return this[kState].closedPromise.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) {
      return promiseRejectedWith(invalidThis('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return promiseRejectedWith(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options, inspect) {
    const state = this[kState];
    return customInspect(depth, options, inspect, this[kType], {
      stream: state.stream,
      readRequests: state.readRequests.length,
      close: state.closedPromise.promise,
    });
  }
}

defineClassShape(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader',
  ['read', 'releaseLock', 'closed', 'cancel']);

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') {
    readRequest.close();
  } else if (state.state === 'errored') {
    readRequest.error(state.storedError);
  } else {
    state.controller[kState].pullSteps(readRequest);
  }
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(error);
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// ---------------------------------------------------------------------------------------------
// ReadableStreamDefaultController

/** An instance of a controller class without running its (throwing) public constructor. */
function newController(Class) {
  return ObjectCreate(Class.prototype);
}

class ReadableStreamDefaultController {
  constructor() {
    throw illegalConstructor();
  }

  get desiredSize() {
    if (!isReadableStreamDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableStreamDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isReadableStreamDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableStreamDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], {});
  }
}

defineClassShape(ReadableStreamDefaultController, 'ReadableStreamDefaultController',
  ['desiredSize', 'close', 'enqueue', 'error']);

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  uponPromise(state.pullAlgorithm(controller), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => {
    readableStreamDefaultControllerError(controller, error);
  });
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!state.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (state.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = state.sizeAlgorithm(chunk);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(state, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
  cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kType] = 'ReadableStreamDefaultController';
  const state = {
    __proto__: null,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    cancelSteps(reason) {
      resetQueue(state);
      const result = state.cancelAlgorithm(reason);
      readableStreamDefaultControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(readRequest) {
      if (state.queue.length > 0) {
        const chunk = dequeueValue(state);
        if (state.closeRequested && state.queue.length === 0) {
          readableStreamDefaultControllerClearAlgorithms(controller);
          readableStreamClose(stream);
        } else {
          readableStreamDefaultControllerCallPullIfNeeded(controller);
        }
        readRequest.chunk(chunk);
      } else {
        readableStreamAddReadRequest(stream, readRequest);
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    },
    releaseSteps() {},
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  uponPromise(promiseResolvedWith(startResult), () => {
    state.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => {
    readableStreamDefaultControllerError(controller, error);
  });
}

function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, highWaterMark,
  sizeAlgorithm) {
  const controller = newController(ReadableStreamDefaultController);
  const start = source.start;
  const pull = callbackAlgorithm(source, source.pull, 'source.pull');
  const cancel = callbackAlgorithm(source, source.cancel, 'source.cancel');
  if (start !== undefined) require('internal/validators').validateFunction(start, 'source.start');
  const startAlgorithm = start === undefined ? () => undefined : () => start.call(source, controller);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pull, cancel,
    highWaterMark, sizeAlgorithm);
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  isReadableStream,
  isReadableStreamDefaultReader,
  isReadableStreamLocked,
  initializeReadableStream,
  createInternalReadableStream,
  createReadableStream,
  newController,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamAddReadRequest,
  readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests,
  readableStreamHasDefaultReader,
  readableStreamReaderGenericInitialize,
  readableStreamReaderGenericCancel,
  readableStreamReaderGenericRelease,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  acquireReadableStreamDefaultReader,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  setUpReadableStreamDefaultController,
};
