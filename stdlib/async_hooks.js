'use strict';
// node:async_hooks — AsyncResource, which libraries use to run callbacks "in the scope" of the
// operation that scheduled them. coil does not track async execution contexts yet, so no hook
// ever observes a resource, and running in a resource's scope is running the function: exactly
// what Node does when no hook or AsyncLocalStorage is active. The context-tracking parts
// (createHook, executionAsyncId, AsyncLocalStorage, ...) throw ERR_COIL_NOT_IMPLEMENTED.

const { validateFunction, validateString } = require('internal/validators');
const { stubFunction, stubClass } = require('internal/not_implemented');

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
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
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
  AsyncLocalStorage: stubClass('async_hooks.AsyncLocalStorage', 'AsyncLocalStorage'),
  createHook: stubFunction('async_hooks.createHook()', 'createHook'),
  executionAsyncId: stubFunction('async_hooks.executionAsyncId()', 'executionAsyncId'),
  triggerAsyncId: stubFunction('async_hooks.triggerAsyncId()', 'triggerAsyncId'),
  executionAsyncResource: stubFunction('async_hooks.executionAsyncResource()', 'executionAsyncResource'),
  AsyncResource,
};
