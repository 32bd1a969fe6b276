'use strict';
// LazyTransform: the base of Hash and Hmac, which are Transform streams in Node although most
// programs only call update() and digest(). Loading the stream modules costs ~80 ms in a release
// build, so they load the first time any instance is used as a stream: until then
// LazyTransform.prototype holds stand-ins for the stream and EventEmitter methods and accessors;
// the first one used re-parents LazyTransform.prototype onto Transform.prototype, removes the
// stand-ins and retries. Each instance runs the Transform constructor on first access to its
// stream state (as Node's LazyTransform does). Before that first use, `instanceof Transform` is
// false.

const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectApply = Reflect.apply;

function LazyTransform(options) {
  this._options = options;
}

const methodNames = [
  'on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'off', 'removeListener',
  'removeAllListeners', 'emit', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
  'setMaxListeners', 'getMaxListeners', 'write', 'end', 'read', 'push', 'unshift', 'pipe',
  'unpipe', 'setEncoding', 'setDefaultEncoding', 'pause', 'resume', 'isPaused', 'destroy', 'cork',
  'uncork', 'wrap', Symbol.asyncIterator,
];
const accessorNames = [
  'readable', 'writable', 'destroyed', 'closed', 'errored', 'readableEnded', 'readableFlowing',
  'readableLength', 'readableHighWaterMark', 'readableObjectMode', 'readableEncoding',
  'writableEnded', 'writableFinished', 'writableLength', 'writableHighWaterMark',
  'writableObjectMode', 'writableCorked', 'writableNeedDrain',
];

let Transform;
function wire() {
  if (Transform !== undefined) return;
  Transform = require('internal/streams/transform');
  for (const name of methodNames) delete LazyTransform.prototype[name];
  for (const name of accessorNames) delete LazyTransform.prototype[name];
  ObjectSetPrototypeOf(LazyTransform.prototype, Transform.prototype);
}

for (const name of methodNames) {
  ObjectDefineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    configurable: true,
    writable: true,
    value: function(...args) {
      wire();
      return ReflectApply(this[name], this, args);
    },
  });
}
for (const name of accessorNames) {
  ObjectDefineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    configurable: true,
    get() {
      wire();
      return this[name];
    },
    set(value) {
      wire();
      this[name] = value;
    },
  });
}

// The per-instance stream state: created by the Transform constructor on first access; its
// assignments land here as own properties.
function stateGetter(name) {
  return function() {
    wire();
    ReflectApply(Transform, this, [this._options]);
    // Strings reach _transform with their encoding, which update() understands.
    this._writableState.decodeStrings = false;
    return this[name];
  };
}
function stateSetter(name) {
  return function(value) {
    ObjectDefineProperty(this, name, {
      __proto__: null, value, enumerable: true, configurable: true, writable: true,
    });
  };
}
for (const name of ['_readableState', '_writableState']) {
  ObjectDefineProperty(LazyTransform.prototype, name, {
    __proto__: null, configurable: true, enumerable: true,
    get: stateGetter(name), set: stateSetter(name),
  });
}

module.exports = LazyTransform;
