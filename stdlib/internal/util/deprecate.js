'use strict';
// util.deprecate, and the once-per-code warning it emits (also used by modules that build their
// own wrappers lazily, such as timers' legacy functions).

const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;

// Codes already warned about: each code warns once per process, whichever function used it.
const warnedCodes = new Set();

/** Emits `msg` as a DeprecationWarning, unless `code` already warned; `ctor` trims the trace. */
function emitDeprecationWarning(msg, code, ctor) {
  if (code === undefined) {
    process.emitWarning(msg, 'DeprecationWarning', undefined, ctor);
  } else if (!warnedCodes.has(code)) {
    warnedCodes.add(code);
    process.emitWarning(msg, 'DeprecationWarning', code, ctor);
  }
}

function deprecate(fn, msg, code, useEmitSync) { // eslint-disable-line no-unused-vars
  if (code !== undefined) require('internal/validators').validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      emitDeprecationWarning(msg, code, deprecated);
    }
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = { deprecate, emitDeprecationWarning };
