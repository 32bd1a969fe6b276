'use strict';
// node:util — the parts the foundation needs (format, inspect, inherits, promisify, callbackify,
// deprecate, types, debuglog, TextEncoder/TextDecoder). The core-library work completes it.

const inspectModule = require('internal/util/inspect');
const { inspect, format, formatWithOptions, stripVTControlCharacters } = inspectModule;

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  if (typeof original !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('original', 'Function', original);
  }
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('util.promisify.custom', 'Function', fn);
    }
    return Object.defineProperty(fn, kCustomPromisify, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  if (typeof original !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('original', 'Function', original);
  }
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('last argument', 'Function', callback);
    }
    const onRejected = (reason) => {
      if (!reason) {
        const { ERR_FALSY_VALUE_REJECTION } = require('internal/errors').codes;
        const error = new ERR_FALSY_VALUE_REJECTION(reason);
        error.reason = reason;
        reason = error;
      }
      return callback(reason);
    };
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(onRejected, reason));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

const warnedCodes = new Set();
function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !warnedCodes.has(code)) {
        if (code !== undefined) warnedCodes.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const debugEnv = (globalThis.process?.env.NODE_DEBUG || '').toUpperCase().split(/[\s,]+/);
function debuglog(set, callback) {
  const section = String(set).toUpperCase();
  const enabled = debugEnv.some((pattern) => pattern !== '' &&
    new RegExp(`^${pattern.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`).test(section));
  function logger(...args) {
    if (!enabled) return;
    process.stderr.write(`${section} ${process.pid}: ${format(...args)}\n`);
  }
  logger.enabled = enabled;
  if (typeof callback === 'function') callback(logger);
  return logger;
}

function isArray(value) { return Array.isArray(value); }

module.exports = {
  format,
  formatWithOptions,
  inspect,
  inherits,
  promisify,
  callbackify,
  deprecate,
  debuglog,
  debug: debuglog,
  stripVTControlCharacters,
  isArray,
  isDeepStrictEqual(a, b) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b);
  },
  get types() { return require('internal/util/types'); },
  get TextEncoder() { return require('internal/encoding').TextEncoder; },
  get TextDecoder() { return require('internal/encoding').TextDecoder; },
};
