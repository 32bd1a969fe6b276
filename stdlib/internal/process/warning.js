'use strict';
// process.emitWarning: emits 'warning' on process, and prints `(node:PID) Name: message` to stderr.

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown a tick later, so that warnings emitted before it are printed first.
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  process.nextTick(() => {
    // Node's own printing listener was registered first, so the text comes before user listeners.
    printWarning(warning);
    process.emit('warning', warning);
  });
}

function printWarning(warning) {
  if (process.noProcessWarnings) return;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  const codePart = warning.code ? `[${warning.code}] ` : '';
  const isDeprecation = warning.name === 'DeprecationWarning';
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let text = `(node:${process.pid}) ${codePart}`;
  // With a --trace-* flag the stack (which starts with `Name: message`) replaces the message.
  text += trace && typeof warning.stack === 'string' ? `${warning.stack}\n` :
    `${warning.name}: ${warning.message}\n`;
  if (warning.detail) text += `${warning.detail}\n`;
  if (!trace && !emitWarning.hintShown) {
    emitWarning.hintShown = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
  }
  process.stderr.write(text);
}

module.exports = { emitWarning };
