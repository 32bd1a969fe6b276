'use strict';
// node:util - the parts the foundation needs (format, inspect, inherits, promisify, callbackify,
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
  const argumentNames = original[require('internal/util/custom_promisify_args').kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const named = {};
          for (let i = 0; i < argumentNames.length; i++) named[argumentNames[i]] = values[i];
          resolve(named);
        } else {
          resolve(values[0]);
        }
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
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('last argument', 'Function', maybeCb);
    }
    const callback = Function.prototype.bind.call(maybeCb, this);
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

const { deprecate } = require('internal/util/deprecate');

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

// ---------------------------------------------------------------------------------------------
// The legacy type checks (documentation-only deprecated in Node 20: no warnings).

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isBuffer(arg) {
  const BufferCtor = globalThis.Buffer;
  return typeof BufferCtor === 'function' && typeof BufferCtor.isBuffer === 'function' ?
    BufferCtor.isBuffer(arg) : false;
}
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
// Node exports the native types checks here (length 0).
function isRegExp(...args) { return require('internal/util/types').isRegExp(args[0]); }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isDate(...args) { return require('internal/util/types').isDate(args[0]); }
function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function pad(n) { return n < 10 ? `0${n}` : `${n}`; }
const kMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${kMonths[d.getMonth()]} ${time}`, format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---------------------------------------------------------------------------------------------
// styleText

function shouldColorize(stream) {
  const forceColor = process.env.FORCE_COLOR;
  if (forceColor !== undefined) return forceColor !== '0' && forceColor !== 'false';
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function isStreamLike(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  if (obj._readableState || obj._writableState) return true;
  if (typeof obj.on === 'function' && (typeof obj.write === 'function' || typeof obj.pipe === 'function')) {
    return true;
  }
  // WHATWG streams.
  return typeof obj.getReader === 'function' || typeof obj.getWriter === 'function';
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  const { validateString, validateBoolean, validateOneOf } = require('internal/validators');
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const colors = inspect.colors;
  if (Array.isArray(format)) {
    const left = [];
    const right = [];
    for (let i = 0; i < format.length; i++) {
      const key = format[i];
      const codes = colors[key];
      if (codes == null) validateOneOf(key, 'format', Object.keys(colors));
      left.push(`\u001b[${codes[0]}m`);
      right.unshift(`\u001b[${codes[1]}m`);
    }
    return `${left.join('')}${text}${right.join('')}`;
  }
  const codes = colors[format];
  if (codes == null) validateOneOf(format, 'format', Object.keys(colors));
  if (skipColorize) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

// ---------------------------------------------------------------------------------------------
// Miscellany

function toUSVString(input) {
  return String.prototype.toWellFormed.call(`${input}`);
}

async function aborted(signal, resource) {
  const { validateAbortSignal, validateObject, kValidateObjectAllowObjects } = require('internal/validators');
  if (signal === undefined) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  // Returning a promise (not a value) from the async function keeps Node's tick count.
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { __proto__: null, once: true });
  });
}

function getSystemErrorName(err) {
  return require('internal/util/system_errors').getSystemErrorName(err);
}

function getSystemErrorMap() {
  return require('internal/util/system_errors').getSystemErrorMap();
}

// Both take their arguments as a rest list (length 0), as in Node.
function _errnoException(...args) {
  const error = Reflect.apply(require('internal/util/system_errors').errnoException, null, args);
  // Node captures the stack above _exceptionWithHostPort (not this function), which is not on the
  // stack: the error keeps no frames, only its header line.
  Error.captureStackTrace(error, _exceptionWithHostPort);
  return error;
}

function _exceptionWithHostPort(...args) {
  const error = Reflect.apply(require('internal/util/system_errors').exceptionWithHostPort, null, args);
  Error.captureStackTrace(error, _exceptionWithHostPort);
  return error;
}

function parseArgs(config = undefined) {
  const impl = require('internal/util/parse_args').parseArgs;
  return config === undefined ? impl() : impl(config);
}

// util.transferableAbortSignal / transferableAbortController. Node marks a signal so that
// postMessage and structuredClone move it to another thread; coil has no worker threads, so only
// what a single thread sees is kept: transferableAbortSignal returns a new signal made of the
// same own properties (Node copies them to a new object), which shares the original's listeners
// but not its later aborted state.
function transferableAbortSignal(signal) {
  const { AbortSignal } = require('internal/abort_controller');
  const abortedGetter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
  try {
    Reflect.apply(abortedGetter, signal, []);
  } catch {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  const copy = Object.create(Object.getPrototypeOf(signal));
  return Object.defineProperties(copy, Object.getOwnPropertyDescriptors(signal));
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

function parseEnv(content) {
  return require('internal/util/parse_env').parseEnv(content);
}

// Node's order of keys, and its lazy getters where it has them.
module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual(a, b) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp,
  isObject,
  isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  get transferableAbortSignal() { return transferableAbortSignal; },
  get transferableAbortController() { return transferableAbortController; },
  get aborted() { return aborted; },
  types: require('internal/util/types_public'),
  parseEnv,
  get parseArgs() { return parseArgs; },
  get TextDecoder() { return require('internal/text_codec').TextDecoder; },
  get TextEncoder() { return require('internal/text_codec').TextEncoder; },
  get MIMEType() { return require('internal/util/mime_type').MIMEType; },
  get MIMEParams() { return require('internal/util/mime_type').MIMEParams; },
};
