'use strict';
// `console`: module.exports is the global console; `console.Console` is the class.
// Every program that logs parses this file, so it holds only the console's shape: each method
// is a trampoline into internal/console/methods, loaded on the first call that needs it. The
// global console's log family first hands its arguments to the process binding, which writes
// strings (and other primitives while colors are off) straight to the descriptor: a program
// that only logs text never loads the formatting code.

const ObjectDefineProperty = Object.defineProperty;
const ReflectApply = Reflect.apply;

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kInspectOptions = Symbol('kInspectOptions');

let methods;
function lazyMethods() {
  if (methods === undefined) {
    methods = require('internal/console/methods');
    methods.setup({ Console, kCounts, kColorMode, kIsConsole, kGroupIndent, kGroupIndentationWidth,
      kInspectOptions, bindProperties, hidden });
  }
  return methods;
}

function hidden(value) {
  return { __proto__: null, value, writable: true, enumerable: false, configurable: true };
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  lazyMethods().construct(this, options, arguments);
}

function noop() {}

function bindProperties(con, ignoreErrors, colorMode, groupIndentation = 2) {
  ObjectDefineProperty(con, '_stdoutErrorHandler', hidden(noop));
  ObjectDefineProperty(con, '_stderrErrorHandler', hidden(noop));
  ObjectDefineProperty(con, '_ignoreErrors', hidden(!!ignoreErrors));
  ObjectDefineProperty(con, '_times', hidden(new Map()));
  ObjectDefineProperty(con, kCounts, hidden(new Map()));
  ObjectDefineProperty(con, kColorMode, hidden(colorMode));
  ObjectDefineProperty(con, kIsConsole, hidden(true));
  ObjectDefineProperty(con, kGroupIndent, hidden(''));
  ObjectDefineProperty(con, kGroupIndentationWidth, hidden(groupIndentation));
  ObjectDefineProperty(con, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

// Console.prototype: one trampoline per method, with Node's names and lengths.
const forward = (name) => ({ [name](...args) { return ReflectApply(lazyMethods()[name], this, args); } })[name];
const proto = Console.prototype;
proto.log = forward('log');
proto.warn = forward('warn');
proto.dir = function dir(object, options) { return ReflectApply(lazyMethods().dir, this, arguments); };
for (const name of ['time', 'timeEnd', 'timeLog']) proto[name] = forward(name);
proto.trace = function trace(...args) { lazyMethods().trace(this, args, trace); };
proto.assert = function assert(expression, ...args) {
  return ReflectApply(lazyMethods().assert, this, arguments);
};
for (const name of ['clear', 'count', 'countReset', 'group', 'groupEnd']) proto[name] = forward(name);
proto.table = function table(tabularData, properties) {
  return ReflectApply(lazyMethods().table, this, arguments);
};
proto.debug = proto.log;
proto.info = proto.log;
proto.dirxml = proto.log;
proto.error = proto.warn;
proto.groupCollapsed = proto.group;

// The global console. Its methods ignore their receiver (Node binds them) and have length 0.
// Streams are looked up at each write: until the program touches `process`, console output goes
// through the light writers of internal/process/stdio, and the log family through the binding.
const globalConsole = { __proto__: {} };
let stdoutOverride;
let stderrOverride;
const { writeConsole, isatty } = internalBinding('process_methods');
const colorsOff = [undefined, undefined, undefined];
// Whether the binding may write `args` itself: no group indentation, no replaced stream, and
// non-string primitives only while no colors apply (fd not a terminal, no FORCE_COLOR).
function writeDirect(fd, args) {
  if (globalConsole[kGroupIndent] !== '' || (fd === 1 ? stdoutOverride : stderrOverride) !== undefined) {
    return false;
  }
  colorsOff[fd] ??= !isatty(fd) && internalBinding('process_methods').env.FORCE_COLOR === undefined;
  return writeConsole(fd, args, colorsOff[fd]);
}
const keys = Object.keys(proto);
for (let i = 0; i < keys.length; i++) {
  const name = keys[i];
  const method = proto[name];
  const fd = method === proto.log ? 1 : method === proto.warn ? 2 : 0;
  if (name === 'trace') {
    // The printed stack starts below this function, as it starts below Node's bound trace.
    globalConsole.trace = function trace(...args) { lazyMethods().trace(globalConsole, args, trace); };
    continue;
  }
  globalConsole[name] = fd === 0 ?
    ({ [name](...args) { return ReflectApply(method, globalConsole, args); } })[name] :
    ({ [name](...args) { if (!writeDirect(fd, args)) ReflectApply(method, globalConsole, args); } })[name];
}
bindProperties(globalConsole, true, 'auto');
globalConsole.Console = Console;
// Inspector-only methods: no-ops without an inspector.
globalConsole.profile = function profile() {};
globalConsole.profileEnd = function profileEnd() {};
globalConsole.timeStamp = function timeStamp() {};
globalConsole.context = function context(name) {
  const ctx = {};
  for (let i = 0; i < keys.length; i++) ctx[keys[i]] = globalConsole[keys[i]];
  return ctx;
};
globalConsole.createTask = function createTask() {
  return { run: (fn) => fn() };
};
let stdio;
function processStream(name) {
  stdio ??= require('internal/process/stdio');
  return stdio[name]();
}
ObjectDefineProperty(globalConsole, '_stdout', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return stdoutOverride === undefined ? processStream('stdout') : stdoutOverride; },
  set(value) { stdoutOverride = value; },
});
ObjectDefineProperty(globalConsole, '_stderr', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return stderrOverride === undefined ? processStream('stderr') : stderrOverride; },
  set(value) { stderrOverride = value; },
});

module.exports = globalConsole;
