'use strict';
// TransformStream and TransformStreamDefaultController (WHATWG Streams section 6), including the
// transformer's cancel() hook (the spec's "finish promise" shared by close, abort and cancel).

const {
  validateObjectArg,
  kState, kType, customInspectSymbol, codes, invalidState, invalidThis, isBrand,
  createDeferred, promiseResolvedWith, promiseRejectedWith, uponPromise, callbackAlgorithm,
  extractHighWaterMark, extractSizeAlgorithm, customInspect, defineClassShape, illegalConstructor,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const ObjectCreate = Object.create;

function isTransformStream(value) {
  return isBrand(value, 'TransformStream');
}

function isTransformStreamDefaultController(value) {
  return isBrand(value, 'TransformStreamDefaultController');
}

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    validateObjectArg(transformer, 'transformer', false);
    validateObjectArg(writableStrategy, 'writableStrategy');
    validateObjectArg(readableStrategy, 'readableStrategy');
    transformer ??= {};
    writableStrategy ??= {};
    readableStrategy ??= {};
    if (transformer.readableType !== undefined) {
      throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategy);
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise.promise, writableHighWaterMark, writableSizeAlgorithm,
      readableHighWaterMark, readableSizeAlgorithm);
    const controller = setUpTransformStreamDefaultControllerFromTransformer(this, transformer);
    const start = transformer.start;
    if (start !== undefined) {
      require('internal/validators').validateFunction(start, 'transformer.start');
      startPromise.resolve(start.call(transformer, controller));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    const state = this[kState];
    return customInspect(depth, options, inspect, this[kType], {
      readable: state.readable,
      writable: state.writable,
      backpressure: state.backpressure,
    });
  }
}

defineClassShape(TransformStream, 'TransformStream', ['readable', 'writable']);

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
  readableHighWaterMark, readableSizeAlgorithm) {
  stream[kType] = 'TransformStream';
  const state = {
    __proto__: null,
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  stream[kState] = state;
  const startAlgorithm = () => startPromise;
  state.writable = writable.createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSizeAlgorithm);
  state.readable = readable.createReadableStream(startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSizeAlgorithm);
  transformStreamSetBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller;
}

function writableController(stream) {
  return stream[kState].writable[kState].controller;
}

function transformStreamError(stream, error) {
  readable.readableStreamDefaultControllerError(readableController(stream), error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  writable.writableStreamDefaultControllerErrorIfNeeded(writableController(stream), error);
  transformStreamUnblockWrite(stream);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChangePromise !== undefined) state.backpressureChangePromise.resolve(undefined);
  state.backpressureChangePromise = createDeferred();
  state.backpressure = backpressure;
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

// ---------------------------------------------------------------------------------------------
// TransformStreamDefaultController

class TransformStreamDefaultController {
  constructor() {
    throw illegalConstructor();
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    return readable.readableStreamDefaultControllerGetDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) throw invalidThis('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], { stream: this[kState].stream });
  }
}

defineClassShape(TransformStreamDefaultController, 'TransformStreamDefaultController',
  ['desiredSize', 'enqueue', 'error', 'terminate']);

function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
  cancelAlgorithm) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = {
    __proto__: null,
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = ObjectCreate(TransformStreamDefaultController.prototype);
  let transformAlgorithm = (chunk) => {
    try {
      transformStreamDefaultControllerEnqueue(controller, chunk);
      return promiseResolvedWith(undefined);
    } catch (error) {
      return promiseRejectedWith(error);
    }
  };
  if (transformer.transform !== undefined) {
    const transform = callbackAlgorithm(transformer, transformer.transform, 'transformer.transform');
    transformAlgorithm = (chunk) => transform(chunk, controller);
  }
  const flush = callbackAlgorithm(transformer, transformer.flush, 'transformer.flush');
  const cancel = callbackAlgorithm(transformer, transformer.cancel, 'transformer.cancel');
  setUpTransformStreamDefaultController(stream, controller, transformAlgorithm,
    () => flush(controller), cancel);
  return controller;
}

/** A TransformStream over algorithms (used by the text coding streams). */
function createTransformStream(transformAlgorithm, flushAlgorithm) {
  const stream = ObjectCreate(TransformStream.prototype);
  const startPromise = createDeferred();
  initializeTransformStream(stream, startPromise.promise, 1, () => 1, 0, () => 1);
  const controller = ObjectCreate(TransformStreamDefaultController.prototype);
  setUpTransformStreamDefaultController(stream, controller,
    (chunk) => {
      try {
        transformAlgorithm(chunk, controller);
        return promiseResolvedWith(undefined);
      } catch (error) {
        return promiseRejectedWith(error);
      }
    },
    () => {
      try {
        flushAlgorithm(controller);
        return promiseResolvedWith(undefined);
      } catch (error) {
        return promiseRejectedWith(error);
      }
    },
    () => promiseResolvedWith(undefined));
  startPromise.resolve(undefined);
  return stream;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableCtrl = readableController(stream);
  if (!readable.readableStreamDefaultControllerCanCloseOrEnqueue(readableCtrl)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    readable.readableStreamDefaultControllerEnqueue(readableCtrl, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = readable.readableStreamDefaultControllerHasBackpressure(readableCtrl);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  const transformPromise = controller[kState].transformAlgorithm(chunk);
  return uponPromise(transformPromise, undefined, (reason) => {
    transformStreamError(stream, reason);
    throw reason;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  readable.readableStreamDefaultControllerClose(readableController(stream));
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

// ---------------------------------------------------------------------------------------------
// The algorithms behind the two sides

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const state = stream[kState];
  const controller = state.controller;
  if (state.backpressure) {
    return uponPromise(state.backpressureChangePromise.promise, () => {
      const writableState = state.writable[kState];
      if (writableState.state === 'erroring') throw writableState.storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controllerState = stream[kState].controller[kState];
  if (controllerState.finishPromise !== undefined) return controllerState.finishPromise.promise;
  const readableStream = stream[kState].readable;
  const finish = createDeferred();
  controllerState.finishPromise = finish;
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  uponPromise(cancelPromise, () => {
    if (readableStream[kState].state === 'errored') {
      finish.reject(readableStream[kState].storedError);
    } else {
      readable.readableStreamDefaultControllerError(readableStream[kState].controller, reason);
      finish.resolve(undefined);
    }
  }, (error) => {
    readable.readableStreamDefaultControllerError(readableStream[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controllerState = stream[kState].controller[kState];
  if (controllerState.finishPromise !== undefined) return controllerState.finishPromise.promise;
  const readableStream = stream[kState].readable;
  const finish = createDeferred();
  controllerState.finishPromise = finish;
  const flushPromise = controllerState.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  uponPromise(flushPromise, () => {
    if (readableStream[kState].state === 'errored') {
      finish.reject(readableStream[kState].storedError);
    } else {
      readable.readableStreamDefaultControllerClose(readableStream[kState].controller);
      finish.resolve(undefined);
    }
  }, (error) => {
    readable.readableStreamDefaultControllerError(readableStream[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controllerState = stream[kState].controller[kState];
  if (controllerState.finishPromise !== undefined) return controllerState.finishPromise.promise;
  const writableStream = stream[kState].writable;
  const finish = createDeferred();
  controllerState.finishPromise = finish;
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  uponPromise(cancelPromise, () => {
    if (writableStream[kState].state === 'errored') {
      finish.reject(writableStream[kState].storedError);
    } else {
      writable.writableStreamDefaultControllerErrorIfNeeded(writableStream[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (error) => {
    writable.writableStreamDefaultControllerErrorIfNeeded(writableStream[kState].controller, error);
    transformStreamUnblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
  createTransformStream,
};
