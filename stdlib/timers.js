'use strict';
// node:timers - setTimeout, setInterval, setImmediate and their clear* functions, and the
// deprecated legacy enroll/unenroll/active/_unrefActive.

const {
  Timeout, Immediate, clearTimeout, clearImmediate, enroll, unenroll, active, unrefActive,
} = require('internal/timers');

const ReflectApply = Reflect.apply;

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
}

function restArgs(args, from) {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateCallback(callback);
  return new Timeout(callback, after, restArgs(arguments, 2), false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateCallback(callback);
  return new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
}

function clearInterval(timer) {
  // Node lets clearInterval clear timeouts and vice versa.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateCallback(callback);
  return new Immediate(callback, restArgs(arguments, 1));
}

// util.promisify(setTimeout) / (setImmediate) resolve after the delay, as in Node.
Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return require('timers/promises').setImmediate; },
});

// The deprecated legacy API, wrapped as util.deprecate wraps (a function named `deprecated` whose
// prototype is the original); the warning helper is loaded on the first call only, so that
// programs which just set timers do not compile it.
function deprecateLegacy(fn, message, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      require('internal/util/deprecate').emitDeprecationWarning(message, code, deprecated);
    }
    return ReflectApply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  return deprecated;
}

// Node's key order.
module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecateLegacy(unrefActive,
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecateLegacy(active,
    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecateLegacy(unenroll,
    'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecateLegacy(enroll,
    'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
