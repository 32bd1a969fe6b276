'use strict';
// node:vm - compiling and running code: Script, runInThisContext, createScript, compileFunction,
// and contexts (createContext, runInContext, runInNewContext, isContext), over
// internalBinding('contextify').
//
// A context is a Boa realm (its own builtins) whose global object is a Proxy: the handler
// below serves globals from the sandbox object first, as Node's interceptors do - reads of the
// sandbox's properties (and its prototype chain), and writes and declarations made into it - and
// keeps what the realm itself declares on the proxy's target.
//
// Not implemented: measureMemory throws ERR_COIL_NOT_IMPLEMENTED; a `timeout` is checked in
// loops only (code stuck in one long built-in call runs on); there is no V8 code cache (see
// createCachedData).

const { compileScript, runScript, makeContext } = internalBinding('contextify');
const {
  validateArray, validateBoolean, validateBuffer, validateInt32, validateObject, validateOneOf,
  validateString, validateUint32,
} = require('internal/validators');
const { notImplemented } = require('internal/not_implemented');

const kHandle = Symbol('kHandle');
const kSource = Symbol('kSource');
const kDecorated = Symbol('kDecorated');
const kContextHandles = Symbol('kContextHandles');
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

// The options Script and compileFunction share, validated.
function compileOptions(options, defaultFilename) {
  const {
    filename = defaultFilename,
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
  return { filename, lineOffset, columnOffset, cachedData, produceCachedData };
}

class Script {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const { filename, lineOffset, columnOffset, cachedData, produceCachedData } =
      compileOptions(options, 'evalmachine.<anonymous>');

    const source = positioned(code, lineOffset, columnOffset);
    let handle;
    try {
      handle = compileScript(source, filename);
    } catch (error) {
      decorateErrorStack(error, { code, filename, lineOffset, columnOffset });
      throw error;
    }
    const where = { code, filename, lineOffset, columnOffset };
    for (const [key, value] of [[kHandle, handle], [kSource, where], [kContextHandles, new WeakMap()]]) {
      Object.defineProperty(this, key, { __proto__: null, value });
    }
    // coil has no code cache: data given is never used, none is produced (both answers V8
    // may also give).
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
    this.sourceMapURL = sourceMapURL(code);
  }

  runInThisContext(options) {
    return run(this[kHandle], this[kSource], validateRunOptions(options), Error);
  }

  runInContext(contextifiedObject, options) {
    const context = contextOf(contextifiedObject);
    const runOptions = validateRunOptions(options);
    const where = this[kSource];
    // A script is compiled for one realm: running it in another compiles it there (once).
    let handle = this[kContextHandles].get(context);
    if (handle === undefined) {
      handle = compileScript(positioned(where.code, where.lineOffset, where.columnOffset), where.filename, context);
      this[kContextHandles].set(context, handle);
    }
    return run(handle, where, runOptions, realmErrors.get(context));
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject, contextOptions(options)), options);
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
  return { timeout, displayErrors };
}

// What runScript returns when the timeout stopped the script.
const timedOut = Object.freeze({ __proto__: null });

// Runs a compiled script. A `timeout` stops it in its next loop iteration past the deadline
// (uncatchable inside), and the caller gets V8's error, made by the context's own Error.
function run(handle, where, { timeout, displayErrors }, ContextError) {
  let result;
  try {
    result = runScript(handle, timeout, timedOut);
  } catch (error) {
    if (displayErrors) decorateErrorStack(error, where);
    throw error;
  }
  if (result === timedOut) {
    const error = new ContextError(`Script execution timed out after ${timeout}ms`);
    error.code = 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    throw error;
  }
  return result;
}

// displayErrors: an error thrown out of the script gets, at the head of its stack, the line it
// came from with a caret (`file:line`, the line, `^`), once. The place is the error's first
// frame in the script; for `throw new X(...)` the caret marks the `throw`, as V8's does.
function decorateErrorStack(error, { code, filename, lineOffset, columnOffset }) {
  // Errors of any context (not `instanceof` this one's Error).
  if (error === null || typeof error !== 'object' ||
      Object.prototype.toString.call(error) !== '[object Error]') return;
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
  const { filename, lineOffset, columnOffset, cachedData, produceCachedData } = compileOptions(options, '');
  const { parsingContext, contextExtensions = [] } = options;
  let context;
  if (parsingContext !== undefined) {
    validateObject(parsingContext, 'options.parsingContext');
    context = contexts.get(parsingContext);
    if (context === undefined) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.parsingContext', 'Context', parsingContext);
    }
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
  const make = runScript(compileScript(source, filename || '<anonymous>', context));
  const fn = make(contextExtensions);
  if (cachedData !== undefined) fn.cachedDataRejected = true;
  if (produceCachedData) fn.cachedDataProduced = false;
  return fn;
}

// sandbox -> the native handle of its context.
const contexts = new WeakMap();
// context handle -> its realm's Error.
const realmErrors = new WeakMap();

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

// What a new context has besides the language's builtins: V8's console, whose methods do
// nothing there (no inspector). Evaluates to the context's global object.
const consoleMethods = [
  'debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd',
  'time', 'timeLog', 'timeEnd', 'timeStamp', 'context', 'createTask',
];
const realmSetup = `(() => {
  const console = {};
  for (const name of ${JSON.stringify(consoleMethods)}) console[name] = { [name]() {} }[name];
  Object.defineProperty(globalThis, 'console', { value: console, writable: true, configurable: true });
  return globalThis;
})()`;

// The context's errors get the main context's V8-style `stack` (header, frames) and
// Error.captureStackTrace: Boa's own getter there renders bare frames.
function installErrorStack(realmGlobal) {
  const { getStack, defineStack, captureStackTrace } = require('internal/bootstrap/error_stack');
  const RealmError = realmGlobal.Error;
  Object.defineProperty(RealmError.prototype, 'stack', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return getStack(this); },
    set(value) { defineStack(this, value); },
  });
  Object.defineProperty(RealmError, 'captureStackTrace', {
    __proto__: null, configurable: true, enumerable: false, writable: true, value: captureStackTrace,
  });
}

function contextOf(object) {
  validateObject(object, 'object', { allowArray: true });
  const context = contexts.get(object);
  if (context === undefined) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('contextifiedObject', 'vm.Context', object);
  }
  return context;
}

function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return undefined;
  return {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: options.contextCodeGeneration,
    microtaskMode: options.microtaskMode,
  };
}

let contextCount = 0;
function createContext(contextObject = {}, options = kEmptyObject) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name = `VM Context ${contextCount + 1}`, origin, codeGeneration, microtaskMode } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  validateObject(contextObject, 'contextObject', { allowArray: true });
  const handler = globalHandler();
  const context = makeContext(handler);
  const realmGlobal = runScript(compileScript(realmSetup, 'vm', context));
  installErrorStack(realmGlobal);
  realmErrors.set(context, realmGlobal.Error);
  handler.sandbox = contextObject;
  contexts.set(contextObject, context);
  contextCount++;
  return contextObject;
}

// The context's global object: `target` is the realm's own global (its builtins and what it
// declares); the sandbox comes first for reads, and takes every write and declaration.
// Declarations also go on the target, which Proxy invariants need for non-configurable ones.
function globalHandler() {
  const handler = {
    __proto__: null,
    sandbox: undefined,
    get(target, key, receiver) {
      const { sandbox } = handler;
      if (sandbox !== undefined && Reflect.has(sandbox, key)) return Reflect.get(sandbox, key);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      const { sandbox } = handler;
      if (sandbox === undefined) return Reflect.set(target, key, value, receiver);
      const declared = Reflect.getOwnPropertyDescriptor(target, key);
      if (declared !== undefined && declared.writable) Reflect.set(target, key, value);
      return Reflect.set(sandbox, key, value);
    },
    has(target, key) {
      const { sandbox } = handler;
      return (sandbox !== undefined && Reflect.has(sandbox, key)) || Reflect.has(target, key);
    },
    defineProperty(target, key, descriptor) {
      const { sandbox } = handler;
      if (sandbox !== undefined) {
        Reflect.defineProperty(sandbox, key, { ...descriptor, configurable: true });
        if (descriptor.configurable !== false) return true;
      }
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
      const { sandbox } = handler;
      if (sandbox !== undefined) Reflect.deleteProperty(sandbox, key);
      return Reflect.deleteProperty(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      const { sandbox } = handler;
      if (sandbox === undefined) return own;
      const served = Reflect.getOwnPropertyDescriptor(sandbox, key);
      if (own !== undefined) {
        if (served !== undefined && 'value' in own && own.writable && 'value' in served) own.value = served.value;
        return own;
      }
      if (served !== undefined) served.configurable = true;
      return served;
    },
    ownKeys(target) {
      const { sandbox } = handler;
      if (sandbox === undefined) return Reflect.ownKeys(target);
      return [...new Set([...Reflect.ownKeys(sandbox), ...Reflect.ownKeys(target)])];
    },
  };
  return handler;
}

function runInContext(code, contextifiedObject, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function measureMemory() {
  throw notImplemented('vm.measureMemory()');
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants: Object.freeze({
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  }),
};
