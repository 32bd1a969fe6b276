'use strict';
// node:timers — setTimeout, setInterval, setImmediate and their clear* functions.

const {
  Timeout, Immediate, clearTimeout, clearImmediate,
} = require('internal/timers');

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

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
