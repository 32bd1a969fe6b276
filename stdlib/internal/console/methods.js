'use strict';
// The bodies of the console methods, loaded on the first call that the native trampolines
// (runtime/src/bindings/console.rs) cannot finish alone: formatting (util.format rules, inspect
// for objects, colors), group indentation, writes through stdout/stderr streams,
// count/assert/dir/group. The less used methods continue into internal/console/extras and
// internal/console/table. The trampolines call each method with the console as `this`.

const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);
const MapPrototypeSet = Function.prototype.call.bind(Map.prototype.set);
const ReflectApply = Reflect.apply;
const StringCtor = String;
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeRepeat = Function.prototype.call.bind(String.prototype.repeat);
const StringPrototypeReplaceAll = Function.prototype.call.bind(String.prototype.replaceAll);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

const ObjectDefineProperty = Object.defineProperty;

function hidden(value) {
  return { __proto__: null, value, writable: true, enumerable: false, configurable: true };
}

function noop() {}

// A new Console's own properties (the global console gets the same ones natively).
function bindProperties(con, ignoreErrors, colorMode, groupIndentation = 2) {
  ObjectDefineProperty(con, '_stdoutErrorHandler', hidden(noop));
  ObjectDefineProperty(con, '_stderrErrorHandler', hidden(noop));
  ObjectDefineProperty(con, '_ignoreErrors', hidden(!!ignoreErrors));
  ObjectDefineProperty(con, '_times', hidden(new Map()));
  ObjectDefineProperty(con, h.kCounts, hidden(new Map()));
  ObjectDefineProperty(con, h.kColorMode, hidden(colorMode));
  ObjectDefineProperty(con, h.kIsConsole, hidden(true));
  ObjectDefineProperty(con, h.kGroupIndent, hidden(''));
  ObjectDefineProperty(con, h.kGroupIndentationWidth, hidden(groupIndentation));
  ObjectDefineProperty(con, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

// The Console class and the console's private symbols.
const { Console, kCounts, kColorMode, kIsConsole, kGroupIndent, kGroupIndentationWidth, kInspectOptions } =
  internalBinding('console');
const h = { Console, kCounts, kColorMode, kIsConsole, kGroupIndent, kGroupIndentationWidth, kInspectOptions,
  bindProperties, hidden };
let extras;

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function lazyExtras() {
  if (extras === undefined) {
    extras = require('internal/console/extras');
    extras.setup({ ...h, formatArgs, formatPlain, getInspectOptions, lazyInspect });
  }
  return extras;
}

function environment() {
  return require('internal/bootstrap/node').isMaterialized('process') ?
    process.env : internalBinding('process_methods').env;
}

function shouldColorize(stream) {
  const force = environment().FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function getInspectOptions(con, stream) {
  let color = con[h.kColorMode];
  if (color === 'auto') color = shouldColorize(stream);
  const options = con[h.kInspectOptions];
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
      const mode = con[h.kColorMode];
      options = con[h.kInspectOptions] === undefined && !(mode === 'auto' ? shouldColorize(stream) : mode) ?
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
  const groupIndent = con[h.kGroupIndent];
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

module.exports = {
  construct(con, options, args) {
    lazyExtras().construct(con, options, args);
  },
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
  // `fn`: the trampoline the program called, where the printed stack starts (this function's
  // name must not be `trace`, or the stack would be cut here).
  trace: function traceFrom(con, args, fn) {
    lazyExtras().trace(con, args, fn);
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
    const counts = this[h.kCounts];
    const count = (MapPrototypeGet(counts, label) ?? 0) + 1;
    MapPrototypeSet(counts, label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    lazyExtras().countReset(this, label);
  },
  group(...data) {
    if (data.length > 0) ReflectApply(this.log, this, data);
    this[h.kGroupIndent] += StringPrototypeRepeat(' ', this[h.kGroupIndentationWidth]);
  },
  groupEnd() {
    const indent = this[h.kGroupIndent];
    this[h.kGroupIndent] = StringPrototypeSlice(indent, 0, indent.length - this[h.kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    require('internal/console/table').table(this, tabularData, properties, getInspectOptions, lazyInspect);
  },
};
