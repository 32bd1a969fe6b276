'use strict';
// The `process` object, built on first use of the global (an EventEmitter, as in Node).

const EventEmitter = require('events');
const binding = internalBinding('process_methods');

const NODE_VERSION = '20.20.2';

function Process() {}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
Object.defineProperty(Process, 'name', { value: 'process' });
Object.defineProperty(Process.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true,
});
const process = new Process();
EventEmitter.call(process);

process.title = 'coil';
process.version = `v${NODE_VERSION}`;
// Node v20's component versions: programs (and Node's own tests, which take `openssl` to mean
// "crypto is present") read them; coil provides each component's behaviour, not the library.
process.versions = {
  node: NODE_VERSION,
  acorn: '8.16.0',
  ada: '2.9.2',
  ares: '1.34.6',
  brotli: '1.1.0',
  cjs_module_lexer: '2.2.0',
  cldr: '48.0',
  icu: '78.2',
  llhttp: '9.3.1',
  modules: '115',
  napi: '9',
  nghttp2: '1.61.0',
  openssl: '3.0.19',
  simdutf: '6.4.2',
  tz: '2025c',
  undici: '6.24.1',
  unicode: '17.0',
  uv: '1.46.0',
  uvwasi: '0.0.23',
  v8: '11.3.244.8-node.38',
  zlib: '1.3.1-e00f703',
  coil: binding.coilVersion,
  boa: '0.22.0',
};
process.arch = binding.arch;
process.platform = 'linux';
process.release = { name: 'node', lts: 'Iron' };
process.argv = binding.argv;
process.execArgv = binding.execArgv;
// Flags Node reflects on `process` (only when given, on the command line or in NODE_OPTIONS).
for (const [flag, name] of [['--no-deprecation', 'noDeprecation'],
  ['--throw-deprecation', 'throwDeprecation'], ['--trace-deprecation', 'traceDeprecation'],
  ['--trace-warnings', 'traceProcessWarnings'], ['--no-warnings', 'noProcessWarnings']]) {
  if (binding.jsFlags.includes(flag)) process[name] = true;
}
process.argv0 = binding.argv0;
process.execPath = binding.execPath;
// Like Node, values assigned to process.env become strings.
process.env = new Proxy(binding.env, {
  __proto__: null,
  set(target, key, value) {
    if (typeof key === 'symbol') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('key', 'string', key);
    }
    // setenv() refuses names with '=' (and empty ones); Node then silently keeps nothing.
    if (key === '' || key.includes('=')) return true;
    target[key] = `${value}`;
    // As in Node, a new TZ changes the local time zone of Date and Intl.
    if (key === 'TZ') binding.setTimeZone(target[key]);
    return true;
  },
  defineProperty(target, key, descriptor) {
    target[key] = `${descriptor.value}`;
    if (key === 'TZ') binding.setTimeZone(target[key]);
    return true;
  },
  deleteProperty(target, key) {
    delete target[key];
    if (key === 'TZ') binding.setTimeZone();
    return true;
  },
});
process.pid = binding.pid;
process.ppid = binding.ppid;
// process.exitCode: an integer (or a string of one), null or undefined, as Node validates it.
let exitCode;
Object.defineProperty(process, 'exitCode', {
  __proto__: null,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      require('internal/validators').validateInteger(value, 'code');
    }
    exitCode = code;
  },
  enumerable: true,
  configurable: false,
});
process._exiting = false;
// The build configuration Node reports; programs and Node's tests read these few.
process.config = {
  target_defaults: { default_configuration: 'Release' },
  variables: {
    asan: 0,
    host_arch: binding.arch,
    is_debug: 0,
    napi_build_version: '9',
    node_module_version: 115,
    node_shared: false,
    node_shared_openssl: false,
    node_use_openssl: true,
    v8_enable_i18n_support: typeof Intl === 'object' ? 1 : 0,
    v8_enable_inspector: 0,
  },
};
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls: false };

process.cwd = function cwd() { return binding.cwd(); };
process.getuid = function getuid() { return binding.getIds()[0]; };
process.geteuid = function geteuid() { return binding.getIds()[1]; };
process.getgid = function getgid() { return binding.getIds()[2]; };
process.getegid = function getegid() { return binding.getIds()[3]; };
process.getgroups = function getgroups() {
  // Like Node: the effective group is listed too (first), without duplicates.
  const ids = binding.getIds();
  const groups = ids.slice(4);
  if (!groups.includes(ids[3])) groups.unshift(ids[3]);
  return groups;
};
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  }
  binding.chdir(directory);
};
process.umask = function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') mask = parseInt(mask, 8);
  return binding.umask(mask);
};
process.uptime = function uptime() { return binding.uptime(); };

function hrtime(previous) {
  const [seconds, nanos] = binding.hrtime();
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    }
    if (previous.length !== 2) {
      const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
      throw new ERR_OUT_OF_RANGE('time', 2, previous.length);
    }
    let s = seconds - previous[0];
    let n = nanos - previous[1];
    if (n < 0) {
      s -= 1;
      n += 1e9;
    }
    return [s, n];
  }
  return [seconds, nanos];
}
hrtime.bigint = function bigint() { return binding.hrtimeBigInt(); };
process.hrtime = hrtime;

function memoryUsage() { return binding.memoryUsage(); }
memoryUsage.rss = function rss() { return binding.memoryUsage().rss; };
process.memoryUsage = memoryUsage;
process.cpuUsage = function cpuUsage(previous) {
  const [user, system] = binding.cpuUsage();
  if (previous) return { user: user - previous.user, system: system - previous.system };
  return { user, system };
};

process.nextTick = require('internal/process/task_queues').nextTick;

process.exit = function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;
  const exitModule = require('internal/process/exit');
  exitModule.exitNow();
};
process.reallyExit = function reallyExit(code) { binding.reallyExit(code | 0); };
process.abort = function abort() { binding.reallyExit(134); };

// Signals as events: the first listener for a signal name installs coil's handler (the
// signal then no longer has its default action, e.g. SIGINT no longer ends the process), the
// last one removed restores the default. Arrivals come through the signal binding's pipe,
// which does not keep the process alive.
let signalReader = null;
function signalNumber(type) {
  if (typeof type !== 'string' || !type.startsWith('SIG')) return undefined;
  return require('os').constants.signals[type];
}
function onSignalBytes(chunk) {
  if (!(chunk instanceof Uint8Array)) return;
  const { signals } = require('os').constants;
  for (const number of chunk) {
    const name = Object.keys(signals).find((key) => signals[key] === number);
    if (name) process.emit(name, name, number);
  }
}
process.on('newListener', function startListeningIfSignal(type) {
  const number = signalNumber(type);
  if (number === undefined || process.listenerCount(type) > 0) return;
  const signalBinding = internalBinding('signal_wrap');
  if (signalReader === null) {
    const fd = signalBinding.pipe();
    if (fd < 0) throw require('internal/net/errors').ErrnoException(fd, 'uv_signal_start');
    const streams = internalBinding('stream_wrap');
    signalReader = streams.open(fd, onSignalBytes);
    streams.readStart(signalReader);
    streams.setRef(signalReader, false);
  }
  const err = signalBinding.start(number);
  if (err) throw require('internal/net/errors').ErrnoException(err, 'uv_signal_start');
});
process.on('removeListener', function stopListeningIfSignal(type) {
  const number = signalNumber(type);
  if (number === undefined || process.listenerCount(type) > 0) return;
  internalBinding('signal_wrap').stop(number);
});

/** process.kill(pid[, signal]): sends a signal (a name, or a number; 0 tests for the process). */
process.kill = function kill(pid, sig) {
  const { codes } = require('internal/errors');
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signal;
  if (sig === (sig | 0)) {
    signal = sig;
  } else {
    sig = sig || 'SIGTERM';
    signal = require('os').constants.signals[sig];
    if (signal === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = internalBinding('process_wrap').kill(pid, signal);
  if (err) throw require('internal/net/errors').ErrnoException(err, 'kill');
  return true;
};

process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn);
};

process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return require('internal/process/execution').hasUncaughtExceptionCaptureCallback();
};

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  return require('internal/process/warning').emitWarning(warning, type, code, ctor);
};

const stdio = require('internal/process/stdio');
for (const name of ['stdout', 'stderr', 'stdin']) {
  const create = stdio[`${name}Stream`];
  Object.defineProperty(process, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return create(); },
  });
}

// Recorded by the CommonJS loader (undefined for an ES module main), without loading the loader.
process.mainModule = internalBinding('modules').getMainModule();

process.binding = function binding_(name) {
  const { ERR_COIL_NOT_IMPLEMENTED } = require('internal/errors').codes;
  throw new ERR_COIL_NOT_IMPLEMENTED(`process.binding('${name}')`);
};

module.exports = process;
