'use strict';
// node:events - EventEmitter and the module's helpers (once, on, getEventListeners, ...), as
// Node v20. The web EventTarget / Event / CustomEvent live in internal/events/event_target
// (loaded only when something needs them); events.on's iterator in internal/events/on.

const ArrayPrototypePush = Function.prototype.call.bind(Array.prototype.push);
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const ArrayPrototypeSplice = Function.prototype.call.bind(Array.prototype.splice);
const ArrayPrototypeUnshift = Function.prototype.call.bind(Array.prototype.unshift);
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const PromiseCtor = Promise;
const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const StringCtor = String;
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kIsEventTarget = Symbol.for('nodejs.event_target');

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let validatorsModule;
function lazyValidators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}
let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function checkListener(listener) {
  if (typeof listener !== 'function') lazyValidators().validateFunction(listener, 'listener');
}

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget];
}

// ---------------------------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;

ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false,
});
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

let defaultMaxListeners = 10;

function getMaxListenersOf(that) {
  return that._maxListeners === undefined ? EventEmitter.defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  lazyValidators().validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// captureRejections: a rejected promise returned by a listener becomes an 'error' event (or a
// call of the emitter's [Symbol.for('nodejs.rejection')] method).
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      ReflectApply(then, promise, [undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function throwUnhandledError(er) {
  if (er instanceof Error) throw er; // Unhandled 'error' event
  let described;
  try {
    described = inspect(er);
  } catch {
    described = er;
  }
  const err = new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(described);
  err.context = er;
  throw err; // Unhandled 'error' event
}

// Array literals copy short arrays several times faster than slice() in Boa.
function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    default: return ArrayPrototypeSlice(arr);
  }
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let unhandledError = type === 'error';
  if (events !== undefined) {
    if (unhandledError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    unhandledError = unhandledError && events.error === undefined;
  } else if (!unhandledError) {
    return false;
  }
  if (unhandledError) throwUnhandledError(args.length > 0 ? args[0] : undefined);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // Listeners added or removed while emitting do not change this round.
    const listeners = arrayClone(handler);
    for (let i = 0; i < listeners.length; ++i) {
      const result = ReflectApply(listeners[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

function warnLeak(target, type, count, max) {
  const w = lazyErrors().genericNodeError(
    `Possible EventEmitter memory leak detected. ${count} ${StringCtor(type)} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit',
    { name: 'MaxListenersExceededWarning', emitter: target, type, count });
  process.emitWarning(w);
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    ArrayPrototypeUnshift(existing, listener);
  } else {
    ArrayPrototypePush(existing, listener);
  }
  const m = getMaxListenersOf(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    warnLeak(target, type, existing.length, m);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return ReflectApply(this.listener, this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  // (For an undefined type with no such listeners, Node goes on and reads the missing list.)
  if (list === undefined && type !== undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else ArrayPrototypeSplice(list, position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners nobody watches: just drop them.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== 'removeListener') this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// Node checks for listeners of `type` with a helper that, for an undefined type, only asks whether
// there are any listeners at all; the code after it then reads the missing list, so
// listeners(undefined) and removeListener(undefined, fn) throw a TypeError when nothing listens
// to `undefined`. Kept as is.
function hasEventListener(self, type) {
  if (type === undefined) return self._events !== undefined;
  return self._events !== undefined && self._events[type] !== undefined;
}

function listenersOf(target, type, unwrap) {
  if (!hasEventListener(target, type)) return [];
  const listener = target._events[type];
  if (typeof listener === 'function') return unwrap ? [listener.listener || listener] : [listener];
  const copy = arrayClone(listener);
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      const original = copy[i].listener;
      if (typeof original === 'function') copy[i] = original;
    }
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const value = events[type];
    if (typeof value === 'function') {
      if (listener != null) return listener === value || listener === value.listener ? 1 : 0;
      return 1;
    }
    if (value !== undefined) {
      if (listener == null) return value.length;
      let n = 0;
      for (let i = 0; i < value.length; i++) {
        if (value[i] === listener || value[i].listener === listener) n++;
      }
      return n;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

// ---------------------------------------------------------------------------------------------
// Module helpers

// Listening on an EventEmitter or an EventTarget alike.
function agnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

let kResistStopPropagation;
function resistOnceOptions() {
  kResistStopPropagation ??= require('internal/events/symbols').kResistStopPropagation;
  return { __proto__: null, once: true, [kResistStopPropagation]: true };
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal?.reason });
}

async function once(emitter, name, options = { __proto__: null }) {
  const signal = options?.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new PromiseCtor((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    agnosticAddListener(emitter, name, resolver, resistOnceOptions());
    // Waiting for something else than 'error' on an EventEmitter: an 'error' rejects.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      agnosticRemoveListener(emitter, name, resolver);
      agnosticRemoveListener(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) agnosticAddListener(signal, 'abort', abortListener, resistOnceOptions());
  });
}

function on(emitter, event, options = { __proto__: null }) {
  return require('internal/events/on').on(emitter, event, options);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  lazyValidators().validateAbortSignal(signal, 'signal');
  lazyValidators().validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    require('internal/process/task_queues').queueMicrotask(() => listener());
  } else {
    const options = resistOnceOptions();
    signal.addEventListener('abort', listener, options);
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    return require('internal/events/event_target').listenersOf(emitterOrTarget, type);
  }
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return getMaxListenersOf(emitterOrTarget);
  // (A limit of 0 reads as "not an EventTarget", as in Node.)
  if (emitterOrTarget?.[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

let EventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource === undefined) {
    EventEmitterAsyncResource = require('internal/events/async_resource')(EventEmitter);
  }
  return EventEmitterAsyncResource;
}

// ---------------------------------------------------------------------------------------------
// Exports (in Node's order)

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
ObjectDefineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get: function() {
    return defaultMaxListeners;
  },
  set: function(arg) {
    lazyValidators().validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});
ObjectDefineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  lazyValidators().validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};
EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // The object brought its own `_events` (a subclass, or init called twice): keep its shape.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return ReflectApply(listenerCount, emitter, [type]);
};
