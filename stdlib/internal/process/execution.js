'use strict';
// Uncaught exceptions: 'uncaughtException' listeners, or Node's report on stderr and exit code 1.

const { existingProcess, emitExit, exitCodeOf } = require('internal/process/exit');
const binding = internalBinding('process_methods');

// process.setUncaughtExceptionCaptureCallback(fn): when set, uncaught exceptions go to it
// instead of the 'uncaughtException' listeners (after 'uncaughtExceptionMonitor').
let captureFn = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    return;
  }
  if (typeof fn !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('fn', ['Function', 'null'], fn);
  }
  if (captureFn !== null) {
    throw new (require('internal/errors').codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
  }
  captureFn = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
}

// Returns normally when a listener handled the error; otherwise never returns. As in Node, the
// listeners also hear errors thrown by 'exit' listeners; a fatal error runs the 'exit' listeners
// (errors they throw are ignored) before it is printed, and the process ends with
// process.exitCode as they leave it (1 unless they change it).
function onUncaughtException(error, fromPromise) {
  const process = existingProcess();
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (process !== undefined) {
    if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
      process.emit('uncaughtExceptionMonitor', error, origin);
    }
    if (captureFn !== null) {
      captureFn(error);
      return;
    }
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', error, origin);
      return;
    }
  }
  let code = 1;
  if (process !== undefined) {
    try {
      if (!process._exiting) emitExit(1);
    } catch {
      // Nothing more can be done about an error from an 'exit' listener here.
    }
    code = exitCodeOf(process, 1);
  }
  binding.writeString(2, formatFatal(error, fromPromise));
  binding.reallyExit(code);
}

// The source line and a caret under the column of the first frame, as Node prints them.
function sourceContext(error) {
  if (error === null || typeof error !== 'object') return '';
  let stack;
  try {
    stack = error.stack;
  } catch {
    return '';
  }
  if (typeof stack !== 'string') return '';
  const match = /\n {4}at (?:.*? \()?(\/[^()]*?):(\d+):(\d+)\)?(?:\n|$)/.exec(stack);
  if (match === null) return '';
  const [, file, line, column] = match;
  let text;
  try {
    text = internalBinding('fs').readFileUtf8(file);
  } catch {
    return '';
  }
  const sourceLine = text.split('\n')[Number(line) - 1];
  if (sourceLine === undefined) return '';
  return `${file}:${line}\n${sourceLine}\n${' '.repeat(Math.max(0, Number(column) - 1))}^\n\n`;
}

function formatFatal(error, fromPromise) {
  const { inspect } = require('internal/util/inspect');
  const isError = error instanceof Error ||
    (error !== null && typeof error === 'object' && typeof error.stack === 'string');
  const footer = `\nNode.js ${globalThis.process.version}\n`;
  if (fromPromise && !isError) {
    const message = 'This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch().' +
      ` The promise rejected with the reason "${inspect(error)}".`;
    return `${sourceContext(error)}[UnhandledPromiseRejection: ${message}] {\n` +
      "  code: 'ERR_UNHANDLED_REJECTION'\n}\n" + footer;
  }
  if (!isError) {
    // Node cannot point at the throw site of a non-error either without --trace-uncaught; for
    // primitives it says so.
    const primitive = error === null || (typeof error !== 'object' && typeof error !== 'function');
    const hint = primitive ?
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n' : '';
    return `${inspect(error)}\n${hint}${footer}`;
  }
  let body;
  try {
    body = inspect(error);
  } catch {
    body = String(error.stack);
  }
  return `${sourceContext(error)}${body}\n${footer}`;
}

module.exports = {
  onUncaughtException,
  formatFatal,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
};
