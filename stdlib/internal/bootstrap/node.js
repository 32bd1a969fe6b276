'use strict';
// Runs once at startup, before the main program. Keep it tiny: it only installs lazy globals,
// V8's error-stack API, and the hooks the event loop calls. Everything else loads on first use.

const taskQueue = internalBinding('task_queue');
const ObjectDefineProperty = Object.defineProperty;

// A global that loads its module the first time it is read. Boa 0.22's inline caches go wrong
// when a getter replaces its own property with a data property (the next read at the same call
// site calls the value as if it were the getter), so the getter stays; the switch to a plain data
// property (fast to read) happens later, in a microtask, outside any getter.
const materialized = { __proto__: null };
function defineLazyGlobal(name, load, enumerable = false) {
  let loaded = false;
  let value;
  function get() {
    if (!loaded) {
      value = load();
      loaded = true;
      materialized[name] = true;
      taskQueue.enqueueMicrotask(settle);
    }
    return value;
  }
  function settle() {
    const current = Object.getOwnPropertyDescriptor(globalThis, name);
    if (current === undefined || current.get !== get) return;
    ObjectDefineProperty(globalThis, name, {
      __proto__: null, value, writable: true, configurable: true, enumerable,
    });
  }
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get,
    set(newValue) {
      if (!loaded) taskQueue.enqueueMicrotask(settle);
      value = newValue;
      loaded = true;
      materialized[name] = true;
    },
  });
}

ObjectDefineProperty(globalThis, Symbol.toStringTag, {
  __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
});
ObjectDefineProperty(globalThis, 'global', {
  __proto__: null, value: globalThis, writable: true, configurable: true, enumerable: false,
});
defineLazyGlobal('process', () => require('internal/process/object'));
defineLazyGlobal('console', () => require('console'));
for (const name of ['setTimeout', 'setInterval', 'setImmediate',
  'clearTimeout', 'clearInterval', 'clearImmediate']) {
  defineLazyGlobal(name, () => require('timers')[name], true);
}
defineLazyGlobal('queueMicrotask',
  () => require('internal/process/task_queues').queueMicrotask, true);
defineLazyGlobal('structuredClone',
  () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('performance', () => require('internal/perf/performance').performance);
defineLazyGlobal('TextEncoder', () => require('internal/text_codec').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/text_codec').TextDecoder);
defineLazyGlobal('EventTarget', () => require('internal/events/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/events/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/events/event_target').CustomEvent);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('DOMException', () => require('internal/dom_exception').DOMException);
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('Blob', () => require('internal/blob').Blob);
defineLazyGlobal('File', () => require('internal/blob').File);
defineLazyGlobal('atob', () => require('internal/encoding').atob, true);
defineLazyGlobal('btoa', () => require('internal/encoding').btoa, true);
defineLazyGlobal('fetch', () => require('internal/fetch/fetch').fetch, true);
defineLazyGlobal('Headers', () => require('internal/fetch/headers').Headers);
defineLazyGlobal('Request', () => require('internal/fetch/fetch').Request);
defineLazyGlobal('Response', () => require('internal/fetch/fetch').Response);
defineLazyGlobal('FormData', () => require('internal/fetch/formdata').FormData);
defineLazyGlobal('crypto', () => require('internal/crypto/webcrypto').crypto, true);
defineLazyGlobal('Crypto', () => require('internal/crypto/webcrypto').Crypto);
defineLazyGlobal('SubtleCrypto', () => require('internal/crypto/webcrypto').SubtleCrypto);
// WHATWG streams: each global loads only the stream/web file that defines it.
for (const [file, names] of [
  ['readablestream', ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamDefaultController']],
  ['bytestream', ['ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController']],
  ['writablestream', ['WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController']],
  ['transformstream', ['TransformStream', 'TransformStreamDefaultController']],
  ['queuingstrategies', ['ByteLengthQueuingStrategy', 'CountQueuingStrategy']],
  ['encoding', ['TextEncoderStream', 'TextDecoderStream']],
  ['compression', ['CompressionStream', 'DecompressionStream']],
]) {
  for (const name of names) defineLazyGlobal(name, () => require(`internal/webstreams/${file}`)[name]);
}

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
    if (require('internal/bootstrap/error_constructors').hadOwnStack(this)) {
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
require('internal/bootstrap/error_constructors');
require('internal/bootstrap/engine_fixes');
require('internal/bootstrap/proxy_details');

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
    if (materialized.process === true) require('internal/process/exit').emitBeforeExit();
  },
);

// Whether the program has touched a lazy global (e.g. `process`: without it there are no
// 'exit' listeners to run).
// `wrappedFiles`: CommonJS files compiled inside the one-line function header (their first-line
// columns are shifted; internal/bootstrap/error_stack corrects them).
module.exports = {
  isMaterialized: (name) => materialized[name] === true,
  // The loop is done: emit 'exit' (only a program that touched `process` can listen) and return
  // the exit code.
  finish(forcedCode) {
    if (materialized.process !== true) return forcedCode ?? 0;
    return require('internal/process/exit').emitExit(forcedCode);
  },
  nativeStackGetter,
  wrappedFiles: new Set(),
  // The CommonJS main module, set by the loader (for process.mainModule).
  mainModule: undefined,
};
