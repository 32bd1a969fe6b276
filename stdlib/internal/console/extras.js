'use strict';
// The less used half of `console`, loaded on first use: the Console constructor's option
// handling, time/timeEnd/timeLog, trace, clear, countReset and the process warnings they emit.
// (console.table lives in internal/console/table.) `setup()` receives console.js's internals.

const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const FunctionPrototypeBind = Function.prototype.call.bind(Function.prototype.bind);
const MapPrototypeDelete = Function.prototype.call.bind(Map.prototype.delete);
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);
const MapPrototypeHas = Function.prototype.call.bind(Map.prototype.has);
const MapPrototypeSet = Function.prototype.call.bind(Map.prototype.set);
const MathFloor = Math.floor;
const NumberCtor = Number;
const NumberPrototypeToFixed = Function.prototype.call.bind(Number.prototype.toFixed);
const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypePadStart = Function.prototype.call.bind(String.prototype.padStart);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeSplit = Function.prototype.call.bind(String.prototype.split);

const kMaxGroupIndentation = 1000;

let h; // console.js internals

function setup(internals) {
  h = internals;
}

// ---------------------------------------------------------------------------------------------
// new Console(options) / new Console(stdout, stderr, ignoreErrors)

function construct(con, options, args) {
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: args[1], ignoreErrors: args[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  const { codes } = require('internal/errors');
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
  // Methods work detached (`const { log } = console`); subclass overrides are honoured.
  const keys = ObjectKeys(h.Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    con[key] = FunctionPrototypeBind(con[key], con);
    ObjectDefineProperty(con[key], 'name', { __proto__: null, value: key });
  }
  ObjectDefineProperty(con, '_stdout', h.hidden(stdout));
  ObjectDefineProperty(con, '_stderr', h.hidden(stderr));
  h.bindProperties(con, ignoreErrors, colorMode, groupIndentation);
  if (inspectOptions !== undefined) ObjectDefineProperty(con, h.kInspectOptions, h.hidden(inspectOptions));
}

// ---------------------------------------------------------------------------------------------
// Warnings

let warnedOnce = false;
function emitWarning(message) {
  if (typeof process.emitWarning === 'function') {
    process.emitWarning(message);
    return;
  }
  // Until process.emitWarning exists: print what Node prints.
  const parts = [`(node:${process.pid}) Warning: ${message}\n`];
  if (!warnedOnce) {
    warnedOnce = true;
    let argv0 = `${process.argv0 || 'node'}`;
    argv0 = StringPrototypeSlice(argv0, argv0.lastIndexOf('/') + 1);
    if (argv0.endsWith('.exe')) argv0 = StringPrototypeSlice(argv0, 0, -4);
    parts.push(`(Use \`${argv0} --trace-warnings ...\` to show where the warning was created)\n`);
  }
  process.stderr.write(ArrayPrototypeJoin(parts, ''));
}

function countReset(con, label) {
  const counts = con[h.kCounts];
  if (!MapPrototypeHas(counts, label)) {
    emitWarning(`Count for '${label}' does not exist`);
    return;
  }
  MapPrototypeDelete(counts, `${label}`);
}

// ---------------------------------------------------------------------------------------------
// Timers

function hrtime(time) {
  if (typeof process.hrtime === 'function') return time === undefined ? process.hrtime() : process.hrtime(time);
  const ms = typeof performance === 'object' && performance !== null ? performance.now() : Date.now();
  const now = [MathFloor(ms / 1000), MathFloor((ms % 1000) * 1e6)];
  if (time === undefined) return now;
  let sec = now[0] - time[0];
  let nsec = now[1] - time[1];
  if (nsec < 0) {
    sec--;
    nsec += 1e9;
  }
  return [sec, nsec];
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return StringPrototypePadStart(`${value}`, 2, '0');
}

// `1.234ms`, `1.500s`, `1:05.123 (m:ss.mmm)`, `1:02:05.005 (h:mm:ss.mmm)`.
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms %= kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const fixed = StringPrototypeSplit(NumberPrototypeToFixed(seconds, 3), '.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(fixed[0])}.${fixed[1]} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
  return `${NumberCtor(NumberPrototypeToFixed(ms, 3))}ms`;
}

function time(con, label) {
  label = `${label}`;
  const times = con._times;
  if (MapPrototypeHas(times, label)) {
    emitWarning(`Label '${label}' already exists for console.time()`);
    return;
  }
  MapPrototypeSet(times, label, hrtime());
}

function timeLogImpl(con, name, label, data) {
  const start = MapPrototypeGet(con._times, label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = hrtime(start);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  // The text of log('%s: %s', label, time, ...data), without parsing a format string.
  let line = `${label}: ${formatTime(ms)}`;
  if (data !== undefined && data.length > 0) line += ` ${h.formatPlain(con, true, data, 0)}`;
  con.log(line);
  return true;
}

function timeEnd(con, label) {
  label = `${label}`;
  if (timeLogImpl(con, 'timeEnd', label)) MapPrototypeDelete(con._times, label);
}

function timeLog(con, label, data) {
  label = `${label}`;
  timeLogImpl(con, 'timeLog', label, data);
}

// ---------------------------------------------------------------------------------------------
// trace, clear

// `caller` is console.trace itself: its frame and everything above it are left out.
function printTrace(con, args, caller) {
  const err = { name: 'Trace', message: h.formatArgs(con, false, args) };
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, caller);
  if (typeof err.stack !== 'string') {
    const header = err.message === '' ? 'Trace' : `Trace: ${err.message}`;
    const stack = new Error().stack;
    const nl = typeof stack === 'string' ? StringPrototypeIndexOf(stack, '\n') : -1;
    err.stack = nl === -1 ? header : header + StringPrototypeSlice(stack, nl);
  }
  con.error(err.stack);
}

// Clears the screen only when stdout is a terminal, as Node does.
function clear(con) {
  const stdout = con._stdout;
  if (stdout.isTTY && process.env.TERM !== 'dumb') {
    stdout.write('\x1b[1;1H');
    stdout.write('\x1b[0J');
  }
}

module.exports = {
  setup,
  construct,
  emitWarning,
  countReset,
  formatTime,
  time,
  timeEnd,
  timeLog,
  trace: printTrace,
  clear,
};
