'use strict';
// `console`: module.exports is the global console; `console.Console` is the class.
// Parsed on every run that logs, so it stays small: console.log() of primitives formats without
// loading internal/util/inspect, and the rarely used parts (table, timers, warnings) live in
// internal/console/extras.

const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const FunctionPrototypeBind = Function.prototype.call.bind(Function.prototype.bind);
const MapPrototypeDelete = Function.prototype.call.bind(Map.prototype.delete);
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);
const MapPrototypeHas = Function.prototype.call.bind(Map.prototype.has);
const MapPrototypeSet = Function.prototype.call.bind(Map.prototype.set);
const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const SafeMap = Map;
const StringCtor = String;
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);
const StringPrototypeReplaceAll = Function.prototype.call.bind(String.prototype.replaceAll);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const SymbolHasInstance = Symbol.hasInstance;
const SymbolToStringTag = Symbol.toStringTag;

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kInspectOptions = Symbol('kInspectOptions');
const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let extrasModule;
function lazyExtras() {
  if (extrasModule === undefined) {
    extrasModule = require('internal/console/extras');
    extrasModule.setup({ kCounts, kGroupIndent, formatPlain, getInspectOptions, lazyInspect, lazyErrors });
  }
  return extrasModule;
}

const hidden = (value) => ({ __proto__: null, value, writable: true, enumerable: false, configurable: true });

// ---------------------------------------------------------------------------------------------
// Formatting and writing

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
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

// util.format semantics for arguments that are not a format string: strings as they are, the
// rest inspected, joined by spaces. Primitives skip inspect when no colors/options are in play.
function formatPlain(con, useStdout, args, start) {
  const n = args.length;
  const parts = [];
  let options;
  for (let i = start; i < n; i++) {
    const value = args[i];
    const type = typeof value;
    if (type === 'string') {
      parts[parts.length] = value;
      continue;
    }
    if (options === undefined) {
      options = con[kInspectOptions] === undefined &&
        !(con[kColorMode] === 'auto' ? shouldColorize(useStdout ? con._stdout : con._stderr) : con[kColorMode]) ?
        null : getInspectOptions(con, useStdout ? con._stdout : con._stderr);
    }
    if (options === null && (type !== 'object' || value === null) && type !== 'function') {
      if (type === 'number') parts[parts.length] = value === 0 && 1 / value < 0 ? '-0' : `${value}`;
      else if (type === 'bigint') parts[parts.length] = `${value}n`;
      else parts[parts.length] = StringCtor(value);
      continue;
    }
    parts[parts.length] = lazyInspect().inspect(value, options === null ? kNoColorInspectOptions : options);
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

function writeToConsole(con, useStdout, string) {
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
    stream.write(string);
  } catch (e) {
    // Console swallows write errors, but not stack overflows.
    if (lazyErrors().isStackOverflowError(e)) throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// The class

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return ReflectConstruct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  const { codes } = lazyErrors();
  if (!stdout || typeof stdout.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    require('internal/validators').validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    require('internal/validators').validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  // Methods work detached (`const { log } = console`).
  const keys = ObjectKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    this[key] = FunctionPrototypeBind(this[key], this);
    ObjectDefineProperty(this[key], 'name', { __proto__: null, value: key });
  }
  ObjectDefineProperty(this, '_stdout', hidden(stdout));
  ObjectDefineProperty(this, '_stderr', hidden(stderr));
  bindProperties(this, ignoreErrors, colorMode, groupIndentation);
  if (inspectOptions !== undefined) ObjectDefineProperty(this, kInspectOptions, hidden(inspectOptions));
}

function noop() {}

function bindProperties(con, ignoreErrors, colorMode, groupIndentation = 2) {
  ObjectDefineProperty(con, '_stdoutErrorHandler', hidden(noop));
  ObjectDefineProperty(con, '_stderrErrorHandler', hidden(noop));
  ObjectDefineProperty(con, '_ignoreErrors', hidden(!!ignoreErrors));
  ObjectDefineProperty(con, '_times', hidden(new SafeMap()));
  ObjectDefineProperty(con, kCounts, hidden(new SafeMap()));
  ObjectDefineProperty(con, kColorMode, hidden(colorMode));
  ObjectDefineProperty(con, kIsConsole, hidden(true));
  ObjectDefineProperty(con, kGroupIndent, hidden(''));
  ObjectDefineProperty(con, kGroupIndentationWidth, hidden(groupIndentation));
  ObjectDefineProperty(con, SymbolToStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

ObjectDefineProperty(Console, SymbolHasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

const consoleMethods = {
  log(...args) {
    writeToConsole(this, true, formatArgs(this, true, args));
  },

  warn(...args) {
    writeToConsole(this, false, formatArgs(this, false, args));
  },

  dir(object, options) {
    writeToConsole(this, true, lazyInspect().inspect(object, {
      customInspect: false,
      ...getInspectOptions(this, this._stdout),
      ...options,
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
    const err = { name: 'Trace', message: formatArgs(this, false, args) };
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, trace);
    }
    if (typeof err.stack !== 'string') {
      const header = err.message === '' ? 'Trace' : `Trace: ${err.message}`;
      const stack = new Error().stack;
      const nl = typeof stack === 'string' ? StringPrototypeIndexOf(stack, '\n') : -1;
      err.stack = nl === -1 ? header : header + StringPrototypeSlice(stack, nl);
    }
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      ReflectApply(this.warn, this, args);
    }
  },

  // Clears the screen only when stdout is a terminal, as Node does.
  clear() {
    const stdout = this._stdout;
    if (stdout.isTTY && process.env.TERM !== 'dumb') {
      stdout.write('\x1b[1;1H');
      stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = MapPrototypeGet(counts, label);
    count = count === undefined ? 1 : count + 1;
    MapPrototypeSet(counts, label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!MapPrototypeHas(counts, label)) {
      lazyExtras().emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    MapPrototypeDelete(counts, `${label}`);
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
    lazyExtras().table(this, tabularData, properties);
  },
};

const proto = Console.prototype;
const methodNames = ObjectKeys(consoleMethods);
for (let i = 0; i < methodNames.length; i++) proto[methodNames[i]] = consoleMethods[methodNames[i]];
proto.debug = consoleMethods.log;
proto.info = consoleMethods.log;
proto.dirxml = consoleMethods.log;
proto.error = consoleMethods.warn;
proto.groupCollapsed = consoleMethods.group;

// ---------------------------------------------------------------------------------------------
// The global console: methods bound to it, streams looked up on `process` at every write.

const globalConsole = { __proto__: {} };
{
  const keys = ObjectKeys(proto);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const fn = FunctionPrototypeBind(proto[key], globalConsole);
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: key });
    globalConsole[key] = fn;
  }
  bindProperties(globalConsole, true, 'auto');
  globalConsole.Console = Console;
  // Inspector-only methods: no-ops without an inspector.
  const inspectorMethods = {
    profile() {},
    profileEnd() {},
    timeStamp() {},
    context(name) {
      const ctx = {};
      for (let i = 0; i < keys.length; i++) ctx[keys[i]] = globalConsole[keys[i]];
      return ctx;
    },
    createTask(name) {
      return { run: (fn) => fn() };
    },
  };
  const names = ObjectKeys(inspectorMethods);
  for (let i = 0; i < names.length; i++) globalConsole[names[i]] = inspectorMethods[names[i]];
  let stdout;
  let stderr;
  ObjectDefineProperty(globalConsole, '_stdout', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return stdout === undefined ? process.stdout : stdout; },
    set(value) { stdout = value; },
  });
  ObjectDefineProperty(globalConsole, '_stderr', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return stderr === undefined ? process.stderr : stderr; },
    set(value) { stderr = value; },
  });
}

module.exports = globalConsole;
