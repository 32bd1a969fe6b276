'use strict';
// Unhandled rejections (Node's default mode, 'throw'): an 'unhandledRejection' listener gets
// (reason, promise); without one, the rejection becomes an uncaught exception.

const { existingProcess } = require('internal/process/exit');
const { onUncaughtException } = require('internal/process/execution');

// `list` is [promise, reason, promise, reason, ...] of promises still unhandled after the
// microtask queue drained; `handledLate` holds promises reported earlier that got a handler since.
function processPromiseRejections(list, handledLate) {
  for (let i = 0; i < handledLate.length; i++) {
    const process = existingProcess();
    if (process !== undefined) process.emit('rejectionHandled', handledLate[i]);
  }
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    const process = existingProcess();
    if (process !== undefined && process.listenerCount('unhandledRejection') > 0) {
      process.emit('unhandledRejection', reason, promise);
      continue;
    }
    onUncaughtException(reason, true);
  }
}

module.exports = { processPromiseRejections };
