'use strict';
// node:async_hooks - AsyncLocalStorage and AsyncResource over coil's async context frames.
//
// A frame is `undefined` or a Map (store -> value) that is never changed once current; the runtime
// keeps the current one (internalBinding('task_queue').getAsyncFrame/setAsyncFrame) and carries
// it, as Node's async context does, into promise reactions (captured when `then`/`await` registers
// them), process.nextTick, queueMicrotask, timers and immediates, worker-pool callbacks (fs, dns,
// crypto, zlib) and socket events (a socket keeps the frame it was made in; accepted connections
// their server's). EventEmitter listeners run in the emitter's caller's frame, as in Node.
// createHook and the execution-id queries are not implemented: coil has no resource hooks.

const { validateFunction, validateString } = require('internal/validators');
const { stubFunction } = require('internal/not_implemented');
const { getAsyncFrame, setAsyncFrame } = internalBinding('task_queue');

const kFrame = Symbol('kFrame');

// Calls fn with `frame` current, then restores the one before.
function runInFrame(frame, fn, thisArg, args) {
  const outer = setAsyncFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setAsyncFrame(outer);
  }
}

// The current frame with `store` set to `value` (or removed, when `remove`).
function frameWith(store, value, remove = false) {
  const current = getAsyncFrame();
  const next = current === undefined ? new Map() : new Map(current);
  if (remove) next.delete(store);
  else next.set(store, value);
  return next.size === 0 ? undefined : next;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  /** A function that runs its argument in the frame current now. */
  static snapshot() {
    const frame = getAsyncFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  /** `fn` bound to the frame current now. */
  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = getAsyncFrame();
    return function bound(...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      if (getAsyncFrame()?.has(this)) setAsyncFrame(frameWith(this, undefined, true));
    }
  }

  _enable() {
    this.enabled = true;
  }

  _propagate() {}

  /** Sets the store for the rest of this synchronous run and what it schedules. */
  enterWith(store) {
    this._enable();
    setAsyncFrame(frameWith(this, store));
  }

  run(store, callback, ...args) {
    this._enable();
    return runInFrame(frameWith(this, store), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    return runInFrame(frameWith(this, undefined, true), callback, undefined, args);
  }

  getStore() {
    if (!this.enabled) return undefined;
    return getAsyncFrame()?.get(this);
  }
}

const kAsyncId = Symbol('async_id_symbol');
const kTriggerAsyncId = Symbol('trigger_async_id_symbol');
// The main script runs as async id 1; resources are numbered after it.
let lastAsyncId = 1;
let deprecate;

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') triggerAsyncId = opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      const { ERR_INVALID_ASYNC_ID } = require('internal/errors').codes;
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerAsyncId] = triggerAsyncId;
    Object.defineProperty(this, kFrame, { __proto__: null, value: getAsyncFrame() });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInFrame(this[kFrame], fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    deprecate ??= require('util').deprecate;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get: deprecate(() => self, 'The asyncResource property on bound functions is deprecated', 'DEP0172'),
        set: deprecate((value) => { self = value; }, 'The asyncResource property on bound functions is deprecated', 'DEP0172'),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

module.exports = {
  AsyncLocalStorage,
  createHook: stubFunction('async_hooks.createHook()', 'createHook'),
  executionAsyncId: stubFunction('async_hooks.executionAsyncId()', 'executionAsyncId'),
  triggerAsyncId: stubFunction('async_hooks.triggerAsyncId()', 'triggerAsyncId'),
  executionAsyncResource: stubFunction('async_hooks.executionAsyncResource()', 'executionAsyncResource'),
  AsyncResource,
};
