'use strict';
// node:vm - compiling and running code in the main context: Script (runInThisContext),
// runInThisContext, createScript and compileFunction, over internalBinding('contextify').
//
// Other contexts are not implemented: createContext, runInContext, runInNewContext (and the
// Script methods of those names) and measureMemory throw ERR_COIL_NOT_IMPLEMENTED, and
// isContext is false for every object. Also not implemented: a `timeout` stops nothing (the
// option is validated, the code runs to its end), and there is no V8 code cache (see
// createCachedData).

const { compileScript, runScript } = internalBinding('contextify');
const {
  validateArray, validateBoolean, validateBuffer, validateInt32, validateObject, validateString,
  validateUint32,
} = require('internal/validators');
const { notImplemented } = require('internal/not_implemented');

const kHandle = Symbol('kHandle');
const kSource = Symbol('kSource');
const kDecorated = Symbol('kDecorated');
const kEmptyObject = Object.freeze({ __proto__: null });

function codes() {
  return require('internal/errors').codes;
}

// The last `//# sourceMappingURL=...` (or `//@`) comment of the code, as V8 reports it.
const sourceMapComment = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/gm;
function sourceMapURL(code) {
  let url;
  for (const match of code.matchAll(sourceMapComment)) url = match[1];
  return url;
}

// lineOffset/columnOffset move the code's positions, so that stack traces point into the
// file it came from: the code is compiled after that many line breaks and spaces.
function positioned(code, lineOffset, columnOffset) {
  if (lineOffset <= 0 && columnOffset <= 0) return code;
  return '\n'.repeat(Math.max(lineOffset, 0)) + ' '.repeat(Math.max(columnOffset, 0)) + code;
}

class Script {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');

    const source = positioned(code, lineOffset, columnOffset);
    let handle;
    try {
      handle = compileScript(source, filename);
    } catch (error) {
      decorateErrorStack(error, { code, filename, lineOffset, columnOffset });
      throw error;
    }
    const where = { code, filename, lineOffset, columnOffset };
    for (const [key, value] of [[kHandle, handle], [kSource, where]]) {
      Object.defineProperty(this, key, { __proto__: null, value });
    }
    // coil has no code cache: data given is never used, none is produced (both answers V8
    // may also give).
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
    this.sourceMapURL = sourceMapURL(code);
  }

  runInThisContext(options) {
    const { displayErrors } = validateRunOptions(options);
    if (!displayErrors) return runScript(this[kHandle]);
    try {
      return runScript(this[kHandle]);
    } catch (error) {
      decorateErrorStack(error, this[kSource]);
      throw error;
    }
  }

  runInContext(contextifiedObject, options) {
    throw notImplemented('vm.Script.prototype.runInContext() (other contexts)');
  }

  runInNewContext(contextObject, options) {
    throw notImplemented('vm.Script.prototype.runInNewContext() (other contexts)');
  }

  /** An empty cache: given back as `cachedData`, it is rejected (`cachedDataRejected`). */
  createCachedData() {
    return Buffer.alloc(0);
  }
}

function validateRunOptions(options = kEmptyObject) {
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { displayErrors };
}

// displayErrors: an error thrown out of the script gets, at the head of its stack, the line it
// came from with a caret (`file:line`, the line, `^`), once. The place is the error's first
// frame in the script; for `throw new X(...)` the caret marks the `throw`, as V8's does.
function decorateErrorStack(error, { code, filename, lineOffset, columnOffset }) {
  if (error === null || typeof error !== 'object' || !(error instanceof Error)) return;
  if (error[kDecorated] || typeof error.stack !== 'string') return;
  const escaped = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const frame = new RegExp(`\\n {4}at (?:.*? \\()?${escaped}:(\\d+):(\\d+)\\)?(?:\\n|$)`).exec(error.stack);
  if (frame === null) return;
  const line = Number(frame[1]);
  // Positions count the lines and spaces the offsets put before the code.
  const index = line - 1 - Math.max(lineOffset, 0);
  let column = Number(frame[2]) - 1 - (index === 0 ? Math.max(columnOffset, 0) : 0);
  const text = code.split('\n')[index];
  if (text === undefined || column < 0) return;
  const before = /\bthrow\s+(?:new\s+)?$/.exec(text.slice(0, column));
  if (before !== null) column = before.index;
  try {
    error.stack = `${filename}:${line}\n${text}\n${' '.repeat(column)}^\n\n${error.stack}`;
    Object.defineProperty(error, kDecorated, { __proto__: null, value: true });
  } catch {
    // A frozen error keeps its stack.
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

// The function is compiled as `function (params) {` and the code on the same line, so positions
// in the code are the code's own; contextExtensions are `with` scopes around it.
let compileCount = 0;
function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  }
  validateObject(options, 'options');
  const {
    filename = '',
    lineOffset = 0,
    columnOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined) validateBuffer(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    validateObject(parsingContext, 'options.parsingContext');
    throw notImplemented('vm.compileFunction() with options.parsingContext (other contexts)');
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, { nullable: true });
  }

  const extensions = `__coilVmExtensions${compileCount++}`;
  let head = `(function (${extensions}) { `;
  for (let i = 0; i < contextExtensions.length; i++) head += `with (${extensions}[${i}]) `;
  head += `return function (${(params ?? []).join(', ')}) {`;
  const text = positioned(code, lineOffset, columnOffset);
  const source = head + text + '\n}; })';
  const make = runScript(compileScript(source, filename || '<anonymous>'));
  const fn = make(contextExtensions);
  if (cachedData !== undefined) fn.cachedDataRejected = true;
  if (produceCachedData) fn.cachedDataProduced = false;
  return fn;
}

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return false;
}

function notImplementedFunction(name) {
  return { [name]() { throw notImplemented(`vm.${name}() (other contexts)`); } }[name];
}

module.exports = {
  Script,
  createContext: notImplementedFunction('createContext'),
  createScript,
  runInContext: notImplementedFunction('runInContext'),
  runInNewContext: notImplementedFunction('runInNewContext'),
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory: notImplementedFunction('measureMemory'),
  constants: Object.freeze({
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  }),
};
