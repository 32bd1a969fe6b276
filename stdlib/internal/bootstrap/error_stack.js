'use strict';
// V8's stack-trace API on top of Boa's backtraces, which npm packages use at load time
// (depd, http-errors, loggers): `err.stack` with V8's `Name: message` header,
// `Error.captureStackTrace(obj, fn)`, `Error.stackTraceLimit`, and `Error.prepareStackTrace(err,
// callSites)` with CallSite objects. Boa records each error's frames at construction; its own
// `stack` getter renders them as `    at fn (file:line:col)` lines, which are parsed here.

const NativeError = Error;
const ObjectPrototypeToString = Function.prototype.call.bind(Object.prototype.toString);
const ObjectDefineProperty = Object.defineProperty;
const { nativeStackGetter } = require('internal/bootstrap/node');
const FRAME = /^ {4}at (.*?) \((.*)\)$/;
const LOCATION = /^(.*):(\d+):(\d+)$/;
// CommonJS files are compiled inside a one-line function header (runtime/src/bindings/
// builtins.rs); columns on their first line are shifted by its length.
const CJS_HEADER_LENGTH = '(function (exports, require, module, __filename, __dirname) {'.length;
const { isWrapped } = internalBinding('modules');
const ERROR_CONSTRUCTORS = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError']);

class CallSite {
  constructor(functionName, fileName, line, column, native) {
    this.functionName = functionName;
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.native = native;
  }
  getThis() { return undefined; }
  getTypeName() { return null; }
  getFunction() { return undefined; }
  getFunctionName() { return this.functionName; }
  getMethodName() { return null; }
  getFileName() { return this.fileName; }
  getLineNumber() { return this.line; }
  getColumnNumber() { return this.column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.fileName; }
  getScriptHash() { return ''; }
  getEnclosingLineNumber() { return null; }
  getEnclosingColumnNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.functionName === null; }
  isEval() { return false; }
  isNative() { return false; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    const where = this.native ? '<anonymous>' :
      this.fileName === undefined ? '<anonymous>' :
        `${this.fileName}:${this.line}:${this.column}`;
    return this.functionName ? `${this.functionName} (${where})` : where;
  }
}

// Boa's rendered frames -> CallSites (most recent first).
function parseFrames(raw) {
  const sites = [];
  if (typeof raw !== 'string') return sites;
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = FRAME.exec(lines[i]);
    if (match === null) continue;
    let name = match[1];
    if (name === '<main>' || name === '<anonymous>') name = null;
    const location = match[2];
    if (location.startsWith('native')) {
      // V8 shows no frames for Function.prototype.call/apply and Reflect.apply, nor for the
      // error constructors (coil's wrappers, runtime/src/bindings/error_constructors.rs).
      if (name === 'call' || name === 'apply' || name === 'construct' || ERROR_CONSTRUCTORS.has(name)) continue;
      sites.push(new CallSite(name, undefined, null, null, true));
      continue;
    }
    const at = LOCATION.exec(location);
    if (at === null) {
      sites.push(new CallSite(name, undefined, null, null, false));
    } else {
      const line = Number(at[2]);
      let column = Number(at[3]);
      if (line === 1 && isWrapped(at[1])) column = Math.max(1, column - CJS_HEADER_LENGTH);
      sites.push(new CallSite(name, at[1], line, column, false));
    }
  }
  return sites;
}

function header(error) {
  let name;
  let message;
  try {
    name = error.name;
    message = error.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function limit() {
  const value = NativeError.stackTraceLimit;
  if (typeof value !== 'number' || !(value >= 0)) return 0;
  return value;
}

// Formats frames as V8 does, or through Error.prepareStackTrace when the user set one.
function render(error, sites) {
  const max = limit();
  if (sites.length > max) sites.length = max;
  const prepare = NativeError.prepareStackTrace;
  if (typeof prepare === 'function') {
    return prepare(error, sites);
  }
  const out = [header(error)];
  for (let i = 0; i < sites.length; i++) out.push(`    at ${sites[i]}`);
  return out.join('\n');
}

function defineStack(target, value) {
  ObjectDefineProperty(target, 'stack', {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
}

// The stack text of an error, V8-style (or from Error.prepareStackTrace).
function renderStack(error) {
  const raw = nativeStackGetter.call(error);
  if (raw === undefined) return undefined;
  return render(error, parseFrames(raw));
}

// Error.prototype.stack's getter and setter (installed as stubs by the bootstrap).
function getStack(error) {
  const raw = nativeStackGetter.call(error);
  // Errors made by the runtime outside any JS frame (a failed fs call reported to a callback)
  // carry no engine stack: like V8, their stack is just the header.
  if (raw === undefined && ObjectPrototypeToString(error) !== '[object Error]') return undefined;
  const stack = render(error, raw === undefined ? [] : parseFrames(raw));
  defineStack(error, stack);
  return stack;
}

// Frames above `fn` (inclusive), and this function itself, are left out, as in V8.
function captureStackTrace(target, fn) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  const sites = parseFrames(nativeStackGetter.call(new NativeError()));
  sites.splice(0, 2); // this function and the bootstrap's stub
  if (typeof fn === 'function') {
    const name = fn.name;
    let found = -1;
    for (let i = 0; i < sites.length; i++) {
      if (sites[i].functionName === name || (name === '' && sites[i].functionName === null)) {
        found = i;
        break;
      }
    }
    sites.splice(0, found + 1);
    if (found === -1) sites.length = 0;
  }
  if (sites.length > limit()) sites.length = limit();
  let cached;
  let done = false;
  ObjectDefineProperty(target, 'stack', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      if (!done) {
        done = true;
        cached = render(target, sites);
      }
      return cached;
    },
    set(value) { defineStack(target, value); },
  });
}
// The own `stack` accessor the error constructors give each error: rendered on first read, then
// cached (an assignment replaces the cached text).
const ownStacks = new WeakMap();
function ownStack(error) {
  if (ownStacks.has(error)) return ownStacks.get(error);
  const stack = renderStack(error);
  ownStacks.set(error, stack);
  return stack;
}
function setOwnStack(error, value) {
  ownStacks.set(error, value);
}

module.exports = { ownStack, setOwnStack, parseFrames, CallSite, getStack, renderStack, defineStack, captureStackTrace };
