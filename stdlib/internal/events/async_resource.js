'use strict';
// events.EventEmitterAsyncResource: an EventEmitter whose emit() runs in the async context of an
// AsyncResource. It needs async_hooks; until coil has it, constructing one throws
// ERR_COIL_NOT_IMPLEMENTED (the class itself can be read and subclassed).

const ReflectApply = Reflect.apply;

module.exports = function createEventEmitterAsyncResource(EventEmitter) {
  const { codes: { ERR_INVALID_THIS, ERR_COIL_NOT_IMPLEMENTED } } = require('internal/errors');
  const { validateString } = require('internal/validators');

  let AsyncResource;
  function lazyAsyncResource() {
    if (AsyncResource === undefined) {
      try {
        AsyncResource = require('async_hooks').AsyncResource;
      } catch {
        throw new ERR_COIL_NOT_IMPLEMENTED('events.EventEmitterAsyncResource (async_hooks)');
      }
    }
    return AsyncResource;
  }

  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');
  let EventEmitterReferencingAsyncResource;
  function referencingResource(ee, type, options) {
    if (EventEmitterReferencingAsyncResource === undefined) {
      EventEmitterReferencingAsyncResource = class EventEmitterReferencingAsyncResource extends lazyAsyncResource() {
        constructor(emitter, resourceType, resourceOptions) {
          super(resourceType, resourceOptions);
          this[kEventEmitter] = emitter;
        }

        get eventEmitter() {
          if (this[kEventEmitter] === undefined) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
          return this[kEventEmitter];
        }
      };
    }
    return new EventEmitterReferencingAsyncResource(ee, type, options);
  }

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      lazyAsyncResource();
      super(options);
      this[kAsyncResource] = referencingResource(this, name, options);
    }

    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      const { asyncResource } = this;
      args.unshift(super.emit, this, event);
      return ReflectApply(asyncResource.runInAsyncScope, asyncResource, args);
    }

    emitDestroy() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this[kAsyncResource];
    }
  }
  return EventEmitterAsyncResource;
};
