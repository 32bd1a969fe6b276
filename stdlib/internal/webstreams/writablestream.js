'use strict';
// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController (WHATWG
// Streams section 5).

const {
  validateObjectArg,
  kState, kType, kInternal, customInspectSymbol, codes, invalidState, invalidThis, isBrand,
  createDeferred, promiseResolvedWith, promiseRejectedWith, uponPromise, setPromiseHandled,
  callbackAlgorithm, Queue, enqueueValueWithSize, dequeueValue, peekQueueValue, resetQueue,
  extractHighWaterMark, extractSizeAlgorithm, customInspect, defineClassShape, illegalConstructor,
} = require('internal/webstreams/util');

const ObjectCreate = Object.create;
const kCloseSentinel = Symbol('kCloseSentinel');

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

function isWritableStreamDefaultWriter(value) {
  return isBrand(value, 'WritableStreamDefaultWriter');
}

function isWritableStreamDefaultController(value) {
  return isBrand(value, 'WritableStreamDefaultController');
}

/** A deferred promise that remembers whether it has settled (the spec asks "is it pending?"). */
function promiseRecord() {
  const record = createDeferred();
  const { resolve, reject } = record;
  record.settled = false;
  record.resolve = (value) => {
    record.settled = true;
    resolve(value);
  };
  record.reject = (reason) => {
    record.settled = true;
    reject(reason);
  };
  return record;
}

function resolvedRecord() {
  const record = promiseRecord();
  record.resolve(undefined);
  return record;
}

function rejectedRecord(reason) {
  const record = promiseRecord();
  record.reject(reason);
  setPromiseHandled(record.promise);
  return record;
}

// ---------------------------------------------------------------------------------------------
// WritableStream

class WritableStream {
  constructor(sink = undefined, strategy = {}) {
    if (sink === kInternal) {
      initializeWritableStream(this);
      return;
    }
    validateObjectArg(sink, 'sink', false);
    validateObjectArg(strategy, 'strategy');
    initializeWritableStream(this);
    sink ??= {};
    strategy ??= {};
    if (sink.type !== undefined) throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('type', sink.type);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpWritableStreamDefaultControllerFromUnderlyingSink(this, sink, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return promiseRejectedWith(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return promiseRejectedWith(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return promiseRejectedWith(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return promiseRejectedWith(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return promiseRejectedWith(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

defineClassShape(WritableStream, 'WritableStream', ['locked', 'abort', 'close', 'getWriter']);

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    __proto__: null,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
}

/** CreateWritableStream: a stream over algorithms (used by TransformStream). */
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
  highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = new WritableStream(kInternal);
  const controller = ObjectCreate(WritableStreamDefaultController.prototype);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return promiseResolvedWith(undefined);
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return promiseResolvedWith(undefined);
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createDeferred();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return promiseRejectedWith(invalidState('WritableStream is closed'));
  }
  const promise = createDeferred();
  state.closeRequest = promise;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') {
    writer[kState].readyPromise.resolve(undefined);
  }
  writableStreamDefaultControllerClose(state.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const promise = createDeferred();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  resetQueue(state.controller[kState]);
  const storedError = state.storedError;
  const requests = state.writeRequests;
  state.writeRequests = [];
  for (const request of requests) request.reject(storedError);
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controllerState = state.controller[kState];
  const promise = controllerState.abortAlgorithm(abortRequest.reason);
  writableStreamDefaultControllerClearAlgorithms(state.controller);
  uponPromise(promise, () => {
    abortRequest.promise.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve(undefined);
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve(undefined);
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  const writer = state.writer;
  if (writer !== undefined) writer[kState].closedPromise.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest.resolve(undefined);
  state.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  state.inFlightWriteRequest.reject(error);
  state.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  const writer = state.writer;
  if (writer !== undefined) {
    const closed = writer[kState].closedPromise;
    closed.reject(state.storedError);
    setPromiseHandled(closed.promise);
  }
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  const writer = state.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].readyPromise = promiseRecord();
    else writer[kState].readyPromise.resolve(undefined);
  }
  state.backpressure = backpressure;
}

// ---------------------------------------------------------------------------------------------
// WritableStreamDefaultWriter

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('stream', 'WritableStream', stream);
    }
    if (isWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
    this[kType] = 'WritableStreamDefaultWriter';
    const writerState = { __proto__: null, stream, readyPromise: undefined, closedPromise: undefined };
    this[kState] = writerState;
    const state = stream[kState];
    state.writer = this;
    if (state.state === 'writable') {
      writerState.readyPromise = !writableStreamCloseQueuedOrInFlight(stream) && state.backpressure ?
        promiseRecord() : resolvedRecord();
      writerState.closedPromise = promiseRecord();
    } else if (state.state === 'erroring') {
      writerState.readyPromise = rejectedRecord(state.storedError);
      writerState.closedPromise = promiseRecord();
    } else if (state.state === 'closed') {
      writerState.readyPromise = resolvedRecord();
      writerState.closedPromise = resolvedRecord();
    } else {
      writerState.readyPromise = rejectedRecord(state.storedError);
      writerState.closedPromise = rejectedRecord(state.storedError);
    }
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(invalidThis('WritableStreamDefaultWriter'));
    }
    return this[kState].closedPromise.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw unboundWriter();
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(invalidThis('WritableStreamDefaultWriter'));
    }
    return this[kState].readyPromise.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(invalidThis('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return promiseRejectedWith(unboundWriter());
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(invalidThis('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return promiseRejectedWith(unboundWriter());
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return promiseRejectedWith(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(invalidThis('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return promiseRejectedWith(unboundWriter());
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [customInspectSymbol](depth, options, inspect) {
    const state = this[kState];
    return customInspect(depth, options, inspect, this[kType], {
      stream: state.stream,
      close: state.closedPromise.promise,
      ready: state.readyPromise.promise,
      desiredSize: state.stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(this),
    });
  }
}

defineClassShape(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter',
  ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

function unboundWriter() {
  return invalidState('Writer is not bound to a WritableStream');
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    return promiseResolvedWith(undefined);
  }
  if (state.state === 'errored') return promiseRejectedWith(state.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const writerState = writer[kState];
  if (!writerState.closedPromise.settled) writerState.closedPromise.reject(error);
  else writerState.closedPromise = rejectedRecord(error);
  setPromiseHandled(writerState.closedPromise.promise);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const writerState = writer[kState];
  if (!writerState.readyPromise.settled) writerState.readyPromise.reject(error);
  else writerState.readyPromise = rejectedRecord(error);
  setPromiseHandled(writerState.readyPromise.promise);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = invalidState('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return promiseRejectedWith(unboundWriter());
  const state = stream[kState];
  if (state.state === 'errored') return promiseRejectedWith(state.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    return promiseRejectedWith(invalidState('WritableStream is closed'));
  }
  if (state.state === 'erroring') return promiseRejectedWith(state.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---------------------------------------------------------------------------------------------
// WritableStreamDefaultController

class WritableStreamDefaultController {
  constructor() {
    throw illegalConstructor();
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) throw invalidThis('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) throw invalidThis('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], { stream: this[kState].stream });
  }
}

defineClassShape(WritableStreamDefaultController, 'WritableStreamDefaultController', ['signal', 'error']);

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
  closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kType] = 'WritableStreamDefaultController';
  const { AbortController } = require('internal/abort_controller');
  const state = {
    __proto__: null,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    sizeAlgorithm,
    strategyHWM: highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm(controller);
  uponPromise(promiseResolvedWith(startResult), () => {
    state.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    state.started = true;
    writableStreamDealWithRejection(stream, reason);
  });
}

function setUpWritableStreamDefaultControllerFromUnderlyingSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = ObjectCreate(WritableStreamDefaultController.prototype);
  const start = sink.start;
  if (start !== undefined) require('internal/validators').validateFunction(start, 'sink.start');
  const startAlgorithm = start === undefined ? () => undefined : () => start.call(sink, controller);
  const write = callbackAlgorithm(sink, sink.write, 'sink.write');
  const close = callbackAlgorithm(sink, sink.close, 'sink.close');
  const abort = callbackAlgorithm(sink, sink.abort, 'sink.abort');
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm,
    (chunk) => write(chunk, controller), close, abort, highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (state.queue.length === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller[kState].stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller[kState].sizeAlgorithm;
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  return state.strategyHWM - state.queueTotalSize;
}

function writableStreamDefaultControllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightCloseRequest = streamState.closeRequest;
  streamState.closeRequest = undefined;
  dequeueValue(state);
  const sinkClosePromise = state.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(sinkClosePromise, () => {
    writableStreamFinishInFlightClose(stream);
  }, (reason) => {
    writableStreamFinishInFlightCloseWithError(stream, reason);
  });
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
  const sinkWritePromise = state.writeAlgorithm(chunk);
  uponPromise(sinkWritePromise, () => {
    writableStreamFinishInFlightWrite(stream);
    dequeueValue(state);
    if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  try {
    enqueueValueWithSize(state, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = state.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  createWritableStream,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDealWithRejection,
  writableStreamStartErroring,
  writableStreamFinishErroring,
  writableStreamUpdateBackpressure,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultWriterGetDesiredSize,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerError,
};
