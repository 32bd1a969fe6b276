'use strict';
// Runs once at startup, before the main program. Keep it tiny: it only installs lazy globals,
// V8's error-stack API, and the hooks the event loop calls. Everything else loads on first use.

const taskQueue = internalBinding('task_queue');
const ObjectDefineProperty = Object.defineProperty;

// A global that loads its module the first time it is read, then becomes a plain data property.
function defineLazyGlobal(name, load) {
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      ObjectDefineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: false,
      });
      return value;
    },
    set(value) {
      ObjectDefineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}

ObjectDefineProperty(globalThis, 'global', {
  __proto__: null, value: globalThis, writable: true, configurable: true, enumerable: false,
});
defineLazyGlobal('process', () => require('internal/process/object'));
defineLazyGlobal('console', () => require('console'));
for (const name of ['setTimeout', 'setInterval', 'setImmediate',
  'clearTimeout', 'clearInterval', 'clearImmediate']) {
  defineLazyGlobal(name, () => require('timers')[name]);
}
defineLazyGlobal('queueMicrotask', () => require('internal/process/task_queues').queueMicrotask);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone);
defineLazyGlobal('performance', () => require('internal/perf/performance').performance);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('atob', () => require('internal/encoding').atob);
defineLazyGlobal('btoa', () => require('internal/encoding').btoa);

require('internal/bootstrap/error_stack');
require('internal/bootstrap/proxy_details');

// The loop's hooks; each loads its module on first call.
taskQueue.setupHooks(
  function processTicksAndRejections() {
    return require('internal/process/task_queues').processTicksAndRejections();
  },
  function runTimer(timeout) { return require('internal/timers').runTimer(timeout); },
  function runImmediate(immediate) { return require('internal/timers').runImmediate(immediate); },
  function processPromiseRejections(list) {
    return require('internal/process/promises').processPromiseRejections(list);
  },
  function onUncaughtException(error, fromPromise) {
    return require('internal/process/execution').onUncaughtException(error, fromPromise);
  },
  function emitBeforeExit() { return require('internal/process/exit').emitBeforeExit(); },
);
