'use strict';
// Readable byte streams (WHATWG Streams section 4.7-4.10): ReadableByteStreamController,
// ReadableStreamBYOBRequest and ReadableStreamBYOBReader. Chunks given to enqueue() and views
// given to read(view) are transferred (the caller's ArrayBuffer is detached), as the spec says.

const {
  kState, kType, customInspectSymbol, codes, invalidState, invalidThis, isBrand,
  createDeferred, promiseResolvedWith, promiseRejectedWith, uponPromise, callbackAlgorithm,
  Queue, resetQueue, transferArrayBuffer, arrayBufferByteLength, isDetached,
  copyDataBlockBytes, cloneArrayBuffer, customInspect, defineClassShape, illegalConstructor,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const { isArrayBufferView, isDataView } = require('internal/util/types');

const ArrayBufferCtor = ArrayBuffer;
const DataViewCtor = DataView;
const MathMin = Math.min;
const NumberIsInteger = Number.isInteger;
const Uint8ArrayCtor = Uint8Array;

function isReadableByteStreamController(value) {
  return isBrand(value, 'ReadableByteStreamController');
}

function isReadableStreamBYOBReader(value) {
  return isBrand(value, 'ReadableStreamBYOBReader');
}

function isReadableStreamBYOBRequest(value) {
  return isBrand(value, 'ReadableStreamBYOBRequest');
}

function invalidView(name, view) {
  return new (codes().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], view);
}

// ---------------------------------------------------------------------------------------------
// ReadableStreamBYOBRequest

class ReadableStreamBYOBRequest {
  constructor() {
    throw illegalConstructor();
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    bytesWritten = toUnsignedLongLong(bytesWritten, 'bytesWritten');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (!isArrayBufferView(view)) throw invalidView('view', view);
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

defineClassShape(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest',
  ['view', 'respond', 'respondWithNewView']);

function toUnsignedLongLong(value, name) {
  const number = +value;
  if (!Number.isFinite(number) || number < 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)(name, value);
  }
  return Math.trunc(number);
}

// ---------------------------------------------------------------------------------------------
// ReadableByteStreamController

class ReadableByteStreamController {
  constructor() {
    throw illegalConstructor();
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested) throw invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) throw invalidView('buffer', chunk);
    if (chunk.byteLength === 0 || isDetached(chunk.buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) throw invalidState('Controller is already closed');
    if (state.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableByteStreamController(this)) throw invalidThis('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], {});
  }
}

defineClassShape(ReadableByteStreamController, 'ReadableByteStreamController',
  ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
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
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => {
    readableByteStreamControllerError(controller, error);
  });
}

function readableByteStreamControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = invalidState('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readable.readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor) {
  const done = stream[kState].state === 'closed';
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') {
    readable.readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerConvertPullIntoDescriptor(descriptor) {
  const { bytesFilled, elementSize } = descriptor;
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new descriptor.viewConstructor(buffer, descriptor.byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { byteOffset, byteLength } = chunk;
  const transferredBuffer = transferArrayBuffer(chunk.buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request buffer is detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readable.readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readable.readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      const view = new Uint8ArrayCtor(transferredBuffer, byteOffset, byteLength);
      readable.readableStreamFulfillReadRequest(stream, view, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const state = controller[kState];
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer,
      descriptor.byteOffset, descriptor.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(state);
  readableByteStreamControllerClearAlgorithms(controller);
  readable.readableStreamError(stream, error);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const { elementSize } = descriptor;
  const currentAlignedBytes = descriptor.bytesFilled - (descriptor.bytesFilled % elementSize);
  const maxBytesToCopy = MathMin(state.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % elementSize);
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes > currentAlignedBytes) {
    totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = MathMin(totalBytesToCopyRemaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    copyDataBlockBytes(descriptor.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    descriptor.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunk(new Uint8ArrayCtor(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8ArrayCtor(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const request = readable.newController(ReadableStreamBYOBRequest);
    request[kType] = 'ReadableStreamBYOBRequest';
    request[kState] = { __proto__: null, controller, view };
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readable.readableStreamClose(state.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) return;
    const descriptor = state.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(state.stream, descriptor);
    }
  }
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerPullInto(controller, view, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let viewConstructor = DataViewCtor;
  if (!isDataView(view)) {
    elementSize = view.constructor.BYTES_PER_ELEMENT;
    viewConstructor = view.constructor;
  }
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.error(error);
    return;
  }
  const descriptor = {
    buffer,
    bufferByteLength: arrayBufferByteLength(buffer),
    byteOffset,
    byteLength,
    bytesFilled: 0,
    elementSize,
    viewConstructor,
    readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(descriptor);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = invalidState('ReadableStream is closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(descriptor);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('bytesWritten', bytesWritten,
        'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('bytesWritten', bytesWritten,
        'must be greater than 0 when the stream is readable');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  const stream = controller[kState].stream;
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  if (readableStreamHasBYOBReader(stream)) {
    while (readableStreamGetNumReadIntoRequests(stream) > 0) {
      const descriptor = readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, descriptor) {
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, descriptor);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    return;
  }
  if (descriptor.bytesFilled < descriptor.elementSize) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
  if (remainderSize > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer,
      end - remainderSize, remainderSize);
  }
  descriptor.bytesFilled -= remainderSize;
  readableByteStreamControllerCommitPullIntoDescriptor(controller[kState].stream, descriptor);
  readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  const viewByteLength = view.byteLength;
  if (state.stream[kState].state === 'closed') {
    if (viewByteLength !== 0) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('view', view, 'must have zero byteLength when the stream is closed');
    }
  } else if (viewByteLength === 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('view', view, 'must have a non-zero byteLength when the stream is readable');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== arrayBufferByteLength(view.buffer)) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + viewByteLength > first.byteLength) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('view', view, 'is too large');
  }
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return false;
  if (state.closeRequested) return false;
  if (!state.started) return false;
  if (readable.readableStreamHasDefaultReader(stream) &&
      readable.readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
  cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  controller[kType] = 'ReadableByteStreamController';
  const state = {
    __proto__: null,
    stream,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    queue: new Queue(),
    queueTotalSize: 0,
    closeRequested: false,
    started: false,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    cancelSteps(reason) {
      readableByteStreamControllerClearPendingPullIntos(controller);
      resetQueue(state);
      const result = state.cancelAlgorithm(reason);
      readableByteStreamControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(readRequest) {
      if (state.queueTotalSize > 0) {
        readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
        return;
      }
      const size = state.autoAllocateChunkSize;
      if (size !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBufferCtor(size);
        } catch (error) {
          readRequest.error(error);
          return;
        }
        state.pendingPullIntos.push({
          buffer,
          bufferByteLength: size,
          byteOffset: 0,
          byteLength: size,
          bytesFilled: 0,
          elementSize: 1,
          viewConstructor: Uint8ArrayCtor,
          readerType: 'default',
        });
      }
      readable.readableStreamAddReadRequest(stream, readRequest);
      readableByteStreamControllerCallPullIfNeeded(controller);
    },
    releaseSteps() {
      if (state.pendingPullIntos.length > 0) {
        const first = state.pendingPullIntos[0];
        first.readerType = 'none';
        state.pendingPullIntos = [first];
      }
    },
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  uponPromise(promiseResolvedWith(startResult), () => {
    state.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => {
    readableByteStreamControllerError(controller, error);
  });
}

function setUpReadableByteStreamControllerFromUnderlyingSource(stream, source, highWaterMark) {
  const controller = readable.newController(ReadableByteStreamController);
  const start = source.start;
  const pull = callbackAlgorithm(source, source.pull, 'source.pull');
  const cancel = callbackAlgorithm(source, source.cancel, 'source.cancel');
  if (start !== undefined) require('internal/validators').validateFunction(start, 'source.start');
  const startAlgorithm = start === undefined ? () => undefined : () => start.call(source, controller);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const value = +autoAllocateChunkSize;
    if (!NumberIsInteger(value) || value <= 0) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = value;
  }
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pull, cancel,
    highWaterMark, autoAllocateChunkSize);
}

/** A byte stream over algorithms (CreateReadableByteStream, used by the byte tee). */
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = readable.createInternalReadableStream();
  const controller = readable.newController(ReadableByteStreamController);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
    cancelAlgorithm, 0, undefined);
  return stream;
}

// ---------------------------------------------------------------------------------------------
// ReadableStreamBYOBReader

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamBYOBReader(reader);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!readable.isReadableStream(stream)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('stream', 'ReadableStream', stream);
    }
    if (readable.isReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
    if (!isReadableByteStreamController(stream[kState].controller)) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { __proto__: null, stream: undefined, closedPromise: undefined, readIntoRequests: [] };
    readable.readableStreamReaderGenericInitialize(this, stream);
  }

  read(view) {
    if (!isReadableStreamBYOBReader(this)) {
      return promiseRejectedWith(invalidThis('ReadableStreamBYOBReader'));
    }
    if (!isArrayBufferView(view)) return promiseRejectedWith(invalidView('view', view));
    if (view.byteLength === 0 || isDetached(view.buffer)) {
      return promiseRejectedWith(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (this[kState].stream === undefined) {
      return promiseRejectedWith(invalidState('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamBYOBReaderRead(this, view, {
      chunk: (value) => resolve({ value, done: false }),
      close: (value) => resolve({ value, done: true }),
      error: reject,
    });
    return promise;
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readable.readableStreamReaderGenericRelease(this);
    readableStreamBYOBReaderErrorReadIntoRequests(this, invalidState('Releasing reader'));
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) {
      return promiseRejectedWith(invalidThis('ReadableStreamBYOBReader'));
    }
    return this[kState].closedPromise.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) {
      return promiseRejectedWith(invalidThis('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return promiseRejectedWith(invalidState('The reader is not attached to a stream'));
    }
    return readable.readableStreamReaderGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options, inspect) {
    const state = this[kState];
    return customInspect(depth, options, inspect, this[kType], {
      stream: state.stream,
      readIntoRequests: state.readIntoRequests.length,
      close: state.closedPromise.promise,
    });
  }
}

defineClassShape(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader',
  ['read', 'releaseLock', 'closed', 'cancel']);

function readableStreamBYOBReaderRead(reader, view, readIntoRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'errored') {
    readIntoRequest.error(state.storedError);
  } else {
    readableByteStreamControllerPullInto(state.controller, view, readIntoRequest);
  }
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.error(error);
}

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  ReadableStreamBYOBReader,
  isReadableByteStreamController,
  isReadableStreamBYOBReader,
  setUpReadableByteStreamControllerFromUnderlyingSource,
  createReadableByteStream,
  readableStreamBYOBReaderRead,
  readableStreamBYOBReaderErrorReadIntoRequests,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableByteStreamControllerRespond,
  readableByteStreamControllerRespondWithNewView,
  readableByteStreamControllerGetBYOBRequest,
  readableStreamHasBYOBReader,
};
