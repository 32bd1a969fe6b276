'use strict';
// The web EventTarget, Event and CustomEvent (globals), as Node v20 implements them: no capture
// or bubbling (there is no tree), listeners kept per type in insertion order, duplicates
// (same listener and capture flag) ignored, errors thrown by listeners reported as uncaught
// exceptions on the next tick, and the MaxListenersExceededWarning of EventEmitter.

const ObjectAssign = Object.assign;
const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const NumberIsInteger = Number.isInteger;
const ReflectApply = Reflect.apply;
const SafeMap = Map;
const SafeWeakSet = WeakSet;
const StringCtor = String;
const SymbolToStringTag = Symbol.toStringTag;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_EVENT_RECURSION, ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateObject, validateInternalField, kValidateObjectAllowObjects } =
  require('internal/validators');
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const { kResistStopPropagation, kWeakHandler, kTrustEvent, kIsNodeStyleListener } = require('internal/events/symbols');

const performanceNow = internalBinding('process_methods').performanceNow;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// The inspect options for a nested view one level down.
function nestedOptions(options) {
  return ObjectAssign({}, options, {
    depth: NumberIsInteger(options.depth) ? options.depth - 1 : options.depth,
  });
}

// ---------------------------------------------------------------------------------------------
// Event

const trustedEvents = new SafeWeakSet();
const isTrustedGetter = ObjectGetOwnPropertyDescriptor({
  get isTrusted() {
    return trustedEvents.has(this);
  },
}, 'isTrusted').get;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = performanceNow();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, nestedOptions(options))}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !this.#cancelable || !this.#defaultPrevented;
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? 2 : 0; // AT_TARGET : NONE
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

ObjectDefineProperties(Event.prototype, {
  [SymbolToStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event' },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  isTrusted: { __proto__: null, configurable: false, enumerable: true, get: isTrustedGetter },
});

const phases = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
for (let i = 0; i < phases.length; i++) {
  ObjectDefineProperty(Event, phases[i], {
    __proto__: null, writable: false, configurable: false, enumerable: true, value: i,
  });
}

function isCustomEvent(value) {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

ObjectDefineProperties(CustomEvent.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
  },
  detail: kEnumerableProperty,
});

// ---------------------------------------------------------------------------------------------
// Listeners: per type, a doubly linked list after a root record { size, next, resistStopPropagation }.
// Dispatch walks it by `next` links, so a listener removed mid-dispatch is skipped and one added
// mid-dispatch runs unless the walk had already reached the end.

class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyleListener, weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);
    this.removed = false;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // An object: its handleEvent is looked up at each dispatch (an async wrapper, as in Node,
      // so what it throws arrives as a rejection).
      this.callback = async (...args) => {
        if (listener.handleEvent) await ReflectApply(listener.handleEvent, listener, args);
      };
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(self) {
  self[kEvents] = new SafeMap();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new SafeMap();
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

// Whether `listener` can be registered: functions and objects (handleEvent is checked at
// dispatch); null/undefined are ignored; anything else throws.
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// WebIDL DOMString conversion (symbols are refused).
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return StringCtor(value);
}

function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    ReflectApply(then, promise, [undefined, function(err) {
      emitUncaughtException(err);
    }]);
  }
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = kEmptyObject) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    let once = false;
    let capture = false;
    let passive = false;
    let isNodeStyleListener = false;
    let weak = false;
    let resistStopPropagation = false;
    if (options !== kEmptyObject) {
      options = validateEventListenerOptions(options);
      once = options.once;
      capture = options.capture;
      passive = options.passive;
      isNodeStyleListener = options.isNodeStyleListener;
      weak = options.weak;
      resistStopPropagation = options.resistStopPropagation;
      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }

    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }

    type = toDOMString(type);
    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(root, listener, once, capture, passive, isNodeStyleListener, weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      events.set(type, root);
      return;
    }
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // Already there.
    new Listener(previous, listener, once, capture, passive, isNodeStyleListener, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toDOMString(type);
    const capture = options?.capture === true;
    const events = this[kEvents];
    const root = events.get(type);
    if (root === undefined || root.next === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) events.delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event, event.type);
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options) {
    checkEventTarget(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, nestedOptions(options))}`;
  }
}

// Hooks for subclasses, called after a listener is added / removed (size: the type's count).
// The base one warns once past the max listeners (events.setMaxListeners).
function newListener(size, type) {
  const max = this[kMaxEventTargetListeners];
  if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
    this[kMaxEventTargetListenersWarned] = true;
    const w = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners added to ` +
      `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
    w.name = 'MaxListenersExceededWarning';
    w.target = this;
    w.type = type;
    w.count = size;
    process.emitWarning(w);
  }
}
ObjectDefineProperty(EventTarget.prototype, kNewListener, {
  __proto__: null, value: newListener, writable: true, enumerable: false, configurable: true,
});
ObjectDefineProperty(EventTarget.prototype, kRemoveListener, {
  __proto__: null, value: function removeListener() {}, writable: true, enumerable: false, configurable: true,
});

// Marks classes whose instances are EventTargets (read through `constructor`).
ObjectDefineProperty(EventTarget, kIsEventTarget, {
  __proto__: null, value: true, writable: true, enumerable: true, configurable: true,
});

ObjectDefineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

function dispatch(target, event, type) {
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;
  const root = target[kEvents].get(type);
  if (root === undefined || root.next === undefined) {
    event[kIsBeingDispatched] = false;
    return;
  }
  let handler = root.next;
  while (handler !== undefined &&
         (root.resistStopPropagation || handler.passive || event[kStop] !== true)) {
    const next = handler.next;
    if (handler.removed || (event[kStop] === true && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      // (The type stays registered with size 0, as in Node.)
      target[kRemoveListener](root.size, type, handler.listener, handler.capture);
    }
    try {
      const callback = handler.callback;
      let result;
      if (callback) {
        result = ReflectApply(callback, target, [event]);
        // As in Node: after the first listener returns, the event no longer reads as being
        // dispatched (currentTarget null, eventPhase NONE, can be re-dispatched).
        event[kIsBeingDispatched] = false;
      }
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      emitUncaughtException(err);
    }
    handler = next;
  }
  event[kIsBeingDispatched] = false;
}

// The listeners of one type, for events.getEventListeners().
function listenersOf(target, type) {
  const root = target[kEvents].get(type);
  const listeners = [];
  let handler = root?.next;
  while (handler?.listener !== undefined) {
    listeners.push(handler.listener);
    handler = handler.next;
  }
  return listeners;
}

// `on<name>` attribute handlers (signal.onabort, ...) for EventTarget subclasses.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return ReflectApply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });
  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    let wrapped = this[kHandlers]?.get(event);
    if (wrapped) {
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size--;
        this[kRemoveListener](root.size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  }
  ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });
  ObjectDefineProperty(emitter, propName, { __proto__: null, get, set, configurable: true, enumerable: true });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  listenersOf,
  kEvents,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kResistStopPropagation,
  kWeakHandler,
};
