'use strict';
// Shared helpers of the WHATWG Streams implementation (stream/web): internal-slot symbols,
// promise helpers with the spec's microtask structure, queue-with-sizes, strategy extraction,
// byte helpers (transfer, copy) and the util.inspect shape Node prints.
//
// Every public object keeps its spec slots in one record under `kState`; the abstract operations
// read them there. Brand checks look at `kType`, which names the class that made the object.

const ArrayBufferPrototypeSlice = Function.prototype.call.bind(ArrayBuffer.prototype.slice);
const ArrayBufferByteLength =
  Function.prototype.call.bind(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const NumberIsNaN = Number.isNaN;
const ObjectDefineProperty = Object.defineProperty;
const PromiseCtor = Promise;
const PromiseResolveFn = Promise.resolve;
const PromiseRejectFn = Promise.reject;
const PromisePrototypeThen = Function.prototype.call.bind(Promise.prototype.then);
const ReflectApply = Reflect.apply;
const Uint8ArrayCtor = Uint8Array;
const TypedArrayPrototypeSet = Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).set);

const kState = Symbol('kState');
const kType = Symbol('kType');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function codes() {
  return require('internal/errors').codes;
}

function invalidState(message) {
  return new (codes().ERR_INVALID_STATE.TypeError)(message);
}

function invalidThis(name) {
  return new (codes().ERR_INVALID_THIS)(name);
}

function isBrand(value, type) {
  return typeof value === 'object' && value !== null && value[kType] === type;
}

// ---------------------------------------------------------------------------------------------
// Promises

function noop() {}

/** A promise with its resolve and reject functions (the spec's "a new promise"). */
function createDeferred() {
  let resolve;
  let reject;
  const promise = new PromiseCtor((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The spec's "a promise resolved with x": always a new promise (a thenable adds two ticks). */
function promiseResolvedWith(value) {
  return new PromiseCtor((resolve) => resolve(value));
}

function promiseRejectedWith(reason) {
  return ReflectApply(PromiseRejectFn, PromiseCtor, [reason]);
}

/** A callback's result as a Promise<undefined> (WebIDL's conversion: the same native promise). */
function toPromise(value) {
  return ReflectApply(PromiseResolveFn, PromiseCtor, [value]);
}

/** The spec's "upon fulfillment / upon rejection" (PerformPromiseThen). */
function uponPromise(promise, onFulfilled, onRejected) {
  return PromisePrototypeThen(promise, onFulfilled, onRejected);
}

function setPromiseHandled(promise) {
  PromisePrototypeThen(promise, undefined, noop);
}

/**
 * A method of the underlying source/sink/transformer as an algorithm returning a promise:
 * exceptions become rejections and the result goes through `toPromise`.
 */
function callbackAlgorithm(object, method, name) {
  if (method === undefined) return () => toPromise(undefined);
  require('internal/validators').validateFunction(method, name);
  return (...args) => {
    try {
      return toPromise(ReflectApply(method, object, args));
    } catch (error) {
      return promiseRejectedWith(error);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Queue-with-sizes: a FIFO with an O(1) shift (head index, compacted now and then).

class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  peek() {
    return this.items[this.head];
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }
}

function isNonNegativeNumber(value) {
  return typeof value === 'number' && !NumberIsNaN(value) && value >= 0;
}

// EnqueueValueWithSize / DequeueValue / PeekQueueValue / ResetQueue over a record with
// `queue` and `queueTotalSize`.
function enqueueValueWithSize(container, value, size) {
  if (!isNonNegativeNumber(size) || size === Infinity) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function dequeueValue(container) {
  const pair = container.queue.shift();
  container.queueTotalSize -= pair.size;
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return pair.value;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue.clear();
  container.queueTotalSize = 0;
}

// ---------------------------------------------------------------------------------------------
// Strategies

function extractHighWaterMark(strategy, defaultHWM) {
  const { highWaterMark } = strategy;
  if (highWaterMark === undefined) return defaultHWM;
  const value = +highWaterMark;
  if (NumberIsNaN(value) || value < 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('strategy.highWaterMark', value);
  }
  return value;
}

function defaultSize() {
  return 1;
}

function extractSizeAlgorithm(strategy) {
  const { size } = strategy;
  if (size === undefined) return defaultSize;
  require('internal/validators').validateFunction(size, 'strategy.size');
  return (chunk) => size(chunk);
}

// ---------------------------------------------------------------------------------------------
// Bytes

/** TransferArrayBuffer: a new ArrayBuffer with the bytes; the original is detached. */
function transferArrayBuffer(buffer) {
  const copy = ArrayBufferPrototypeSlice(buffer, 0);
  internalBinding('util').detachArrayBuffer(buffer);
  return copy;
}

function arrayBufferByteLength(buffer) {
  return ArrayBufferByteLength(buffer);
}

function isDetached(buffer) {
  // A detached buffer has byteLength 0; a zero-length one counts as unusable too (the callers
  // treat both alike, as Node does).
  return ArrayBufferByteLength(buffer) === 0;
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  TypedArrayPrototypeSet(new Uint8ArrayCtor(toBuffer, toIndex, count),
    new Uint8ArrayCtor(fromBuffer, fromIndex, count));
}

function cloneArrayBuffer(buffer, byteOffset, byteLength) {
  return ArrayBufferPrototypeSlice(buffer, byteOffset, byteOffset + byteLength);
}

// ---------------------------------------------------------------------------------------------
// Class plumbing

/** `name { ...data }` as Node prints stream objects (`undefined` past the depth limit). */
function customInspect(depth, options, inspect, name, data) {
  if (depth < 0) return undefined;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

/** Makes the listed prototype members enumerable and sets Symbol.toStringTag, as WebIDL does. */
function defineClassShape(Class, name, members) {
  for (const member of members) {
    ObjectDefineProperty(Class.prototype, member, { __proto__: null, enumerable: true });
  }
  ObjectDefineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

/** A public constructor users may not call (controllers, BYOB requests). */
function illegalConstructor() {
  return new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
}

// Node's check of the object arguments of the stream classes and their methods: undefined is
// allowed (defaults apply), null only where `nullable` (strategies and options; a source, sink
// or transformer may not be null).
function validateObjectArg(value, name, nullable = true) {
  if (value === undefined || (value === null && nullable)) return;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
  }
}

// Lets internal code construct a class whose constructor throws for users.
const kInternal = Symbol('kInternal');

module.exports = {
  validateObjectArg,
  kState,
  kType,
  kInternal,
  customInspectSymbol,
  codes,
  invalidState,
  invalidThis,
  isBrand,
  noop,
  createDeferred,
  promiseResolvedWith,
  promiseRejectedWith,
  toPromise,
  uponPromise,
  setPromiseHandled,
  callbackAlgorithm,
  Queue,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  resetQueue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  transferArrayBuffer,
  arrayBufferByteLength,
  isDetached,
  copyDataBlockBytes,
  cloneArrayBuffer,
  customInspect,
  defineClassShape,
  illegalConstructor,
};
