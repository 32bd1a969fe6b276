'use strict';
// `console`: module.exports is the global console; `console.Console` is the class.
// Parsed by every program that logs, so it stays small: console.log() of primitives formats
// without internal/util/inspect, and the rest lives in internal/console/{extras,table}.

const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const FunctionPrototypeBind = Function.prototype.call.bind(Function.prototype.bind);
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);
const MapPrototypeSet = Function.prototype.call.bind(Map.prototype.set);
const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const ReflectApply = Reflect.apply;
const StringCtor = String;
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);
const StringPrototypeReplaceAll = Function.prototype.call.bind(String.prototype.replaceAll);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kInspectOptions = Symbol('kInspectOptions');
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
let extras;
function lazyExtras() {
  if (extras === undefined) {
    extras = require('internal/console/extras');
    extras.setup({ Console, kCounts, kColorMode, kIsConsole, kGroupIndent, kGroupIndentationWidth, kInspectOptions,
      bindProperties, formatArgs, formatPlain, getInspectOptions, lazyInspect, hidden });
  }
  return extras;
}

function hidden(value) {
  return { __proto__: null, value, writable: true, enumerable: false, configurable: true };
}

// The global console writes to process.stdout/stderr, but does not build `process` (and load
// events) just to find them: until the program touches `process`, the stdio writers are used
// directly.
const bootstrap = require('internal/bootstrap/node');
let stdio;
function processStream(name) {
  stdio ??= require('internal/process/stdio');
  return stdio[name]();
}
function environment() {
  return bootstrap.isMaterialized('process') ? process.env : internalBinding('process_methods').env;
}

function shouldColorize(stream) {
  const force = environment().FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function getInspectOptions(con, stream) {
  let color = con[kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  const options = con[kInspectOptions];
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

// util.format of arguments that are not a format string: strings as they are, the rest
// inspected, joined by spaces. Primitives skip inspect when no colors or options apply.
function formatPlain(con, useStdout, args, start) {
  const parts = [];
  let options;
  for (let i = start; i < args.length; i++) {
    const value = args[i];
    const type = typeof value;
    if (type === 'string') {
      parts[parts.length] = value;
      continue;
    }
    if (options === undefined) {
      const stream = useStdout ? con._stdout : con._stderr;
      const mode = con[kColorMode];
      options = con[kInspectOptions] === undefined && !(mode === 'auto' ? shouldColorize(stream) : mode) ?
        null : getInspectOptions(con, stream);
    }
    if (options === null && type !== 'object' && type !== 'function') {
      if (type === 'number') parts[parts.length] = value === 0 && 1 / value < 0 ? '-0' : `${value}`;
      else if (type === 'bigint') parts[parts.length] = `${value}n`;
      else parts[parts.length] = StringCtor(value);
    } else if (options === null && value === null) {
      parts[parts.length] = 'null';
    } else {
      parts[parts.length] = lazyInspect().inspect(value, options === null ? kNoColorInspectOptions : options);
    }
  }
  return ArrayPrototypeJoin(parts, ' ');
}

function formatArgs(con, useStdout, args) {
  const first = args[0];
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    if (StringPrototypeIndexOf(first, '%') !== -1) {
      const options = getInspectOptions(con, useStdout ? con._stdout : con._stderr);
      return ReflectApply(lazyInspect().formatWithOptions, null, [options, ...args]);
    }
  }
  return formatPlain(con, useStdout, args, 0);
}

function swallowWriteError(stream) {
  return (err) => {
    if (err != null && !stream._writableState.errorEmitted && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function write(con, useStdout, string) {
  const groupIndent = con[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (StringPrototypeIndexOf(string, '\n') !== -1) {
      string = StringPrototypeReplaceAll(string, '\n', `\n${groupIndent}`);
    }
    string = groupIndent + string;
  }
  string += '\n';
  const stream = useStdout ? con._stdout : con._stderr;
  if (con._ignoreErrors === false) return stream.write(string);
  try {
    // On a stream, a failed write (EPIPE...) must not become an uncaught 'error': as in Node,
    // the write callback adds a one-time no-op listener before the error is emitted.
    if (stream._writableState !== undefined) stream.write(string, swallowWriteError(stream));
    else stream.write(string);
  } catch (e) {
    // Write errors are swallowed, stack overflows are not.
    if (require('internal/errors').isStackOverflowError(e)) throw e;
  }
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  lazyExtras().construct(this, options, arguments);
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

const methods = {
  log(...args) {
    write(this, true, formatArgs(this, true, args));
  },
  warn(...args) {
    write(this, false, formatArgs(this, false, args));
  },
  dir(object, options) {
    write(this, true, lazyInspect().inspect(object, {
      customInspect: false, ...getInspectOptions(this, this._stdout), ...options,
    }));
  },
  time(label = 'default') {
    lazyExtras().time(this, label);
  },
  timeEnd(label = 'default') {
    lazyExtras().timeEnd(this, label);
  },
  timeLog(label = 'default', ...data) {
    lazyExtras().timeLog(this, label, data);
  },
  trace: function trace(...args) {
    lazyExtras().trace(this, args, trace);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      ReflectApply(this.warn, this, args);
    }
  },
  clear() {
    lazyExtras().clear(this);
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (MapPrototypeGet(counts, label) ?? 0) + 1;
    MapPrototypeSet(counts, label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    lazyExtras().countReset(this, label);
  },
  group(...data) {
    if (data.length > 0) ReflectApply(this.log, this, data);
    this[kGroupIndent] += StringPrototypeRepeat(' ', this[kGroupIndentationWidth]);
  },
  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = StringPrototypeSlice(indent, 0, indent.length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    require('internal/console/table').table(this, tabularData, properties, getInspectOptions, lazyInspect);
  },
};

const proto = Console.prototype;
const names = ObjectKeys(methods);
for (let i = 0; i < names.length; i++) proto[names[i]] = methods[names[i]];
proto.debug = methods.log;
proto.info = methods.log;
proto.dirxml = methods.log;
proto.error = methods.warn;
proto.groupCollapsed = methods.group;

// The global console: methods bound to it, streams looked up on `process` at each write.
const globalConsole = { __proto__: {} };
const keys = ObjectKeys(proto);
for (let i = 0; i < keys.length; i++) {
  const fn = FunctionPrototypeBind(proto[keys[i]], globalConsole);
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: keys[i] });
  globalConsole[keys[i]] = fn;
}
bindProperties(globalConsole, true, 'auto');
globalConsole.Console = Console;
// Inspector-only methods: no-ops without an inspector.
globalConsole.profile = function profile(label) {};
globalConsole.profileEnd = function profileEnd(label) {};
globalConsole.timeStamp = function timeStamp(label) {};
globalConsole.context = function context(name) {
  const ctx = {};
  for (let i = 0; i < keys.length; i++) ctx[keys[i]] = globalConsole[keys[i]];
  return ctx;
};
globalConsole.createTask = function createTask(name) {
  return { run: (fn) => fn() };
};
let stdoutOverride;
let stderrOverride;
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
