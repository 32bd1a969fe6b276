'use strict';
// V8 gives every error an own `stack` property at construction (so
// `Object.getOwnPropertyNames(err)` lists it, and serializers see it). Boa keeps the stack behind
// an accessor on Error.prototype, so the global Error constructors are wrapped: each new error
// gets an own `stack` accessor — defined first, as V8 orders the keys — then its `message` and
// `cause`. The wrappers keep the native prototypes, so `instanceof`, engine-thrown errors and
// subclasses behave as before. The stack text is rendered on first read and cached in a WeakMap:
// the accessor is never swapped for a data property (see the inline-cache note in node.js).

const ReflectConstruct = Reflect.construct;
const ObjectDefineProperty = Object.defineProperty;
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;
const WeakMapHas = WeakMap.prototype.has;
const stacks = new WeakMap();
// Errors made by these constructors: once their own `stack` is deleted, assigning `stack` creates
// an ordinary (enumerable) property, as in V8.
const constructed = new WeakSet();
const WeakSetHas = WeakSet.prototype.has;
const WeakSetAdd = WeakSet.prototype.add;

const ownStack = {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    if (WeakMapHas.call(stacks, this)) return WeakMapGet.call(stacks, this);
    const stack = require('internal/bootstrap/error_stack').renderStack(this);
    WeakMapSet.call(stacks, this, stack);
    return stack;
  },
  set(value) {
    WeakMapSet.call(stacks, this, value);
  },
};

function hidden(value) {
  return { __proto__: null, value, writable: true, enumerable: false, configurable: true };
}

function wrap(Native, Parent) {
  const name = Native.name;
  const Wrapped = {
    [name]: function (message, options) {
      const error = ReflectConstruct(Native, [], new.target === undefined ? Wrapped : new.target);
      ObjectDefineProperty(error, 'stack', ownStack);
      WeakSetAdd.call(constructed, error);
      if (message !== undefined) ObjectDefineProperty(error, 'message', hidden(`${message}`));
      if (options !== null && typeof options === 'object' && 'cause' in options) {
        ObjectDefineProperty(error, 'cause', hidden(options.cause));
      }
      return error;
    },
  }[name];
  ObjectDefineProperty(Wrapped, 'length', { __proto__: null, value: 1, configurable: true });
  ObjectDefineProperty(Wrapped, 'prototype', {
    __proto__: null, value: Native.prototype, writable: false, enumerable: false, configurable: false,
  });
  ObjectDefineProperty(Native.prototype, 'constructor', hidden(Wrapped));
  if (Parent !== undefined) Object.setPrototypeOf(Wrapped, Parent);
  ObjectDefineProperty(globalThis, name, hidden(Wrapped));
  return Wrapped;
}

const NativeError = Error;
const WrappedError = wrap(NativeError);
// Statics (captureStackTrace, stackTraceLimit, prepareStackTrace) live on the wrapper; the native
// constructor reads them through its prototype chain from the wrapper too.
ObjectDefineProperty(WrappedError, 'captureStackTrace', hidden(NativeError.captureStackTrace));
WrappedError.stackTraceLimit = NativeError.stackTraceLimit;
for (const Native of [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  wrap(Native, WrappedError);
}
Object.setPrototypeOf(AggregateError, WrappedError);

module.exports = {
  NativeError,
  WrappedError,
  hadOwnStack: (error) => WeakSetHas.call(constructed, error),
};
