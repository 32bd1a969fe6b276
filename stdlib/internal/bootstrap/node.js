'use strict';
// Runs once at startup, before the main program. Keep it tiny: it only installs V8's
// error-stack API and the hooks the event loop calls. Everything else loads on first use.

const taskQueue = internalBinding('task_queue');
const { isMaterialized } = internalBinding('lazy_globals');
const ObjectDefineProperty = Object.defineProperty;

// `global` and the lazy globals (process, console, timers, Buffer, fetch...) are defined by
// runtime/src/bindings/lazy_globals.rs before this file runs.
ObjectDefineProperty(globalThis, Symbol.toStringTag, {
  __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
});

// V8's stack API (Error.captureStackTrace, stackTraceLimit, prepareStackTrace, `Name: message`
// headers): stubs here, the implementation in internal/bootstrap/error_stack on first use.
const nativeStackGetter = Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get;
ObjectDefineProperty(Error.prototype, 'stack', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('internal/bootstrap/error_stack').getStack(this); },
  set(value) {
    // Reached by engine-made errors (no own `stack`) and by errors whose own one was deleted.
    if (internalBinding('errors').hadOwnStack(this)) {
      ObjectDefineProperty(this, 'stack', {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
      return;
    }
    require('internal/bootstrap/error_stack').defineStack(this, value);
  },
});
ObjectDefineProperty(Error, 'captureStackTrace', {
  __proto__: null,
  writable: true,
  enumerable: false,
  configurable: true,
  value: function captureStackTrace(target, fn) {
    return require('internal/bootstrap/error_stack').captureStackTrace(target, fn);
  },
});
Error.stackTraceLimit = 10;

// The loop's hooks; each loads its module on first call.
taskQueue.setupHooks(
  function processTicksAndRejections() {
    return require('internal/process/task_queues').processTicksAndRejections();
  },
  function runTimer(timeout) { return require('internal/timers').runTimer(timeout); },
  function runImmediate(immediate) { return require('internal/timers').runImmediate(immediate); },
  function processPromiseRejections(list, handledLate) {
    return require('internal/process/promises').processPromiseRejections(list, handledLate);
  },
  function onUncaughtException(error, fromPromise) {
    return require('internal/process/execution').onUncaughtException(error, fromPromise);
  },
  function emitBeforeExit() {
    if (isMaterialized('process')) require('internal/process/exit').emitBeforeExit();
  },
);

// Whether the program has touched a lazy global (e.g. `process`: without it there are no
// 'exit' listeners to run).
// `wrappedFiles`: CommonJS files compiled inside the one-line function header (their first-line
// columns are shifted; internal/bootstrap/error_stack corrects them).
module.exports = {
  isMaterialized,
  // The loop is done: emit 'exit' (only a program that touched `process` can listen) and return
  // the exit code.
  finish(forcedCode) {
    if (!isMaterialized('process')) return forcedCode ?? 0;
    return require('internal/process/exit').emitExit(forcedCode);
  },
  nativeStackGetter,
  wrappedFiles: new Set(),
  // The CommonJS main module, set by the loader (for process.mainModule).
  mainModule: undefined,
};
