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
// Limits: measureMemory only estimates (see there); a `timeout` is checked in
// loops only (code stuck in one long built-in call runs on); there is no V8 code cache (the
// cached data coil makes only names the source, see makeCache).

const { checkSyntax, compileScript, runScript, makeContext } = internalBinding('contextify');
const {
  validateArray, validateBoolean, validateBuffer, validateInt32, validateObject, validateOneOf,
  validateString, validateUint32,
} = require('internal/validators');
const { notImplemented } = require('internal/not_implemented');

// A Script's source and compiled handles, and the errors already decorated: kept off the objects
// (Node's are internal fields, invisible to getOwnPropertySymbols).
const scripts = new WeakMap();
const decorated = new WeakSet();
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

// The "code cache" coil gives out: a tag and a hash of the source (FNV-1a), so that a cache
// given back is accepted for the same source and rejected for another, as V8's would be.
const cacheTag = 'coil-vm-cache:';
function makeCache(source) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return Buffer.from(`${cacheTag}${source.length}:${hash.toString(16)}`, 'latin1');
}

function acceptsCache(cachedData, source) {
  const given = Buffer.from(cachedData.buffer, cachedData.byteOffset, cachedData.byteLength);
  return given.equals(makeCache(source));
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

// What compiling `code` needs, from Script's options (validated).
function scriptSource(code, options = kEmptyObject) {
  code = `${code}`;
  if (typeof options === 'string') options = { filename: options };
  else validateObject(options, 'options');
  const compile = compileOptions(options, 'evalmachine.<anonymous>');
  const { filename, lineOffset, columnOffset } = compile;
  const source = positioned(code, lineOffset, columnOffset);
  return { code, source, filename, lineOffset, columnOffset, compile };
}

// Compiles for `context` (mainContext or a context handle), decorating a syntax error.
function compileFor(where, context) {
  try {
    return compileScript(where.source, where.filename, context === mainContext ? undefined : context);
  } catch (error) {
    decorateErrorStack(error, where);
    throw error;
  }
}

class Script {
  constructor(code, options = kEmptyObject) {
    const where = scriptSource(code, options);
    const { cachedData, produceCachedData } = where.compile;
    // Checked now, compiled for each context on its first run there: Boa declares a script's
    // top-level `let`/`const` in the context it compiles for.
    where.declaresLexicals = checkSyntaxOf(where);
    where.handles = new WeakMap();
    scripts.set(this, where);
    // coil has no code cache: its "cache" names the source it was made from, and is accepted
    // back for that source (the script is compiled as ever).
    if (cachedData !== undefined) this.cachedDataRejected = !acceptsCache(cachedData, where.source);
    if (produceCachedData) {
      this.cachedData = makeCache(where.source);
      this.cachedDataProduced = true;
    }
    this.sourceMapURL = sourceMapURL(where.code);
  }

  runInThisContext(options) {
    const runOptions = validateRunOptions(options);
    return run(compiledFor(this, mainContext), scriptOf(this), runOptions, Error);
  }

  runInContext(contextifiedObject, options) {
    const context = contextOf(contextifiedObject);
    const runOptions = validateRunOptions(options);
    return run(compiledFor(this, context), scriptOf(this), runOptions, realmErrors.get(context));
  }

  runInNewContext(contextObject, options) {
    return this.runInContext(createContext(contextObject, contextOptions(options)), options);
  }

  /** A cache for `cachedData`: it only names this script's source (see makeCache). */
  createCachedData() {
    return makeCache(scriptOf(this).source);
  }
}

function scriptOf(script) {
  const where = scripts.get(script);
  if (where === undefined) throw new TypeError('Illegal invocation');
  return where;
}

// The main context's key among a Script's compiled handles.
const mainContext = { __proto__: null };

// A script with top-level `let`/`const`/`class` is compiled for every run, so that running it
// again in a context fails as in V8 (Boa checks those declarations when it compiles).
function compiledFor(script, context) {
  const where = scriptOf(script);
  let handle = where.handles.get(context);
  if (handle === undefined) {
    handle = compileFor(where, context);
    if (!where.declaresLexicals) where.handles.set(context, handle);
  }
  return handle;
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
  if (decorated.has(error) || typeof error.stack !== 'string') return;
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
    decorated.add(error);
  } catch {
    // A frozen error keeps its stack.
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

// The one-shot forms compile straight for the context they run in (a Script checks its syntax
// first, then compiles per context: twice the parsing). As in Node, the context is checked
// (or made) first, then the code, then the run options.
function runOnce(code, options, context) {
  const where = scriptSource(code, options);
  const handle = compileFor(where, context);
  const runOptions = validateRunOptions(typeof options === 'string' ? undefined : options);
  return run(handle, where, runOptions, context === mainContext ? Error : realmErrors.get(context));
}

function checkSyntaxOf(where) {
  try {
    return checkSyntax(where.source, where.filename);
  } catch (error) {
    decorateErrorStack(error, where);
    throw error;
  }
}

function runInThisContext(code, options) {
  return runOnce(code, options, mainContext);
}

function runInContext(code, contextifiedObject, options) {
  return runOnce(code, options, contextOf(contextifiedObject));
}

function runInNewContext(code, contextObject, options) {
  return runOnce(code, options, contextOf(createContext(contextObject, contextOptions(options))));
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
  if (cachedData !== undefined) fn.cachedDataRejected = !acceptsCache(cachedData, text);
  if (produceCachedData) {
    fn.cachedData = makeCache(text);
    fn.cachedDataProduced = true;
  }
  return fn;
}

const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');

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

// runInNewContext's context options, validated under their own names.
function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return undefined;
  const { contextName, contextOrigin, contextCodeGeneration, microtaskMode } = options;
  if (contextName !== undefined) validateString(contextName, 'options.contextName');
  if (contextOrigin !== undefined) validateString(contextOrigin, 'options.contextOrigin');
  if (contextCodeGeneration !== undefined) validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
  return { name: contextName, origin: contextOrigin, codeGeneration: contextCodeGeneration, microtaskMode };
}

let contextCount = 0;
function createContext(contextObject = {}, options = kEmptyObject) {
  if (contextObject !== DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name = `VM Context ${contextCount + 1}`, origin, codeGeneration, microtaskMode } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  let allowStrings = true;
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings = true, wasm = true } = codeGeneration;
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
    allowStrings = strings;
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (microtaskMode === 'afterEvaluate') {
    throw notImplemented("vm contexts with microtaskMode 'afterEvaluate' (their own microtask queue)");
  }
  if (contextObject !== DONT_CONTEXTIFY) validateObject(contextObject, 'contextObject', { allowArray: true });
  const handler = globalHandler();
  const context = makeContext(handler, allowStrings);
  const realmGlobal = runScript(compileScript(realmSetup, 'vm', context));
  installErrorStack(realmGlobal);
  realmErrors.set(context, realmGlobal.Error);
  contextCount++;
  // DONT_CONTEXTIFY: no sandbox; the context's own global object is returned, and stands for it.
  const key = contextObject === DONT_CONTEXTIFY ? realmGlobal : contextObject;
  handler.global = realmGlobal;
  if (key === contextObject) handler.sandbox = contextObject;
  contexts.set(key, context);
  return key;
}

// The context's global object: `target` is the realm's own global (its builtins and what it
// declares); the sandbox comes first for reads, and takes every write and declaration.
// Declarations also go on the target, which Proxy invariants need for non-configurable ones.
function globalHandler() {
  const handler = {
    __proto__: null,
    sandbox: undefined,
    // The context's global object (the proxy), once made: the sandbox read from the
    // context is that object, as in Node (`this === window` when `sandbox.window = sandbox`).
    global: undefined,
    get(target, key, receiver) {
      const { sandbox } = handler;
      if (sandbox !== undefined && Reflect.has(sandbox, key)) {
        const value = Reflect.get(sandbox, key);
        return value === sandbox ? handler.global : value;
      }
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
      if (sandbox === undefined) return Reflect.defineProperty(target, key, descriptor);
      // A declaration (`var`, `function`) comes with every field and non-configurable; on the
      // sandbox it stays configurable, as V8 leaves it. Other definitions go as they are.
      const declaration = 'value' in descriptor && descriptor.writable === true &&
        descriptor.enumerable === true && descriptor.configurable === false;
      if (!Reflect.defineProperty(sandbox, key, declaration ? { ...descriptor, configurable: true } : descriptor)) {
        return false;
      }
      // What cannot be configured any more is kept on the target too (a Proxy invariant).
      if (declaration || Reflect.getOwnPropertyDescriptor(sandbox, key)?.configurable === false) {
        return Reflect.defineProperty(target, key, declaration ? descriptor : Reflect.getOwnPropertyDescriptor(sandbox, key));
      }
      return true;
    },
    deleteProperty(target, key) {
      const { sandbox } = handler;
      if (sandbox !== undefined && !Reflect.deleteProperty(sandbox, key)) return false;
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
      // A non-configurable property can only be reported as such when the target has it too
      // (a Proxy invariant): it is copied there, as it cannot change any more.
      if (served !== undefined && served.configurable === false) Reflect.defineProperty(target, key, served);
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

// An estimate, as V8's is: the process's heap figure (process.memoryUsage().heapUsed) for the
// main context, and an entry per other context made (coil cannot tell their shares apart).
let measureMemoryWarned = false;
function measureMemory(options = kEmptyObject) {
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const used = process.memoryUsage().heapUsed;
  const estimate = (bytes) => ({ jsMemoryEstimate: bytes, jsMemoryRange: [bytes, bytes] });
  const result = { total: estimate(used) };
  if (mode === 'detailed') {
    result.current = estimate(used);
    result.other = Array.from({ length: contextCount }, () => estimate(0));
  }
  return Promise.resolve(result);
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
    DONT_CONTEXTIFY,
  }),
};
