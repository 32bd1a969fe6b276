'use strict';
// ChildProcess and the argument handling child_process's functions share: a child started by
// internalBinding('process_wrap') (runtime/src/bindings/process_wrap.rs), its stdio pipes as
// streams, and Node's event order: 'spawn', output, 'exit', then 'close' once the child has
// exited and its stdout and stderr have closed.
//
// Pipes to the child are read through the reactor; writes to its stdin are synchronous (they
// wait while the pipe is full). An IPC channel ('ipc', fork) is not implemented.

const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
const { codes } = require('internal/errors');
const { ErrnoException } = require('internal/net/errors');
const { StdinReader, StdioWriter } = require('internal/process/stdio_streams');
const {
  validateArray, validateBoolean, validateInt32, validateObject, validateString,
} = require('internal/validators');

const binding = internalBinding('process_wrap');

const { signals } = require('os').constants;
const ENOENT = -2;
const ESRCH = -3;
const EAGAIN = -11;
const EACCES = -13;
const EINVAL = -22;
const ENFILE = -23;
const EMFILE = -24;
const ENOSYS = -38;

function closeFd(fd) {
  try {
    require('fs').closeSync(fd);
  } catch {
    // Already closed.
  }
}

/** A signal name or number as the number kill() sends (ERR_UNKNOWN_SIGNAL otherwise). */
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && Object.values(signals).includes(signal)) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new codes.ERR_UNKNOWN_SIGNAL(signal);
}

/** The parent's end of a pipe the child writes to (its stdout or stderr). */
function ChildReader(fd) {
  Reflect.apply(StdinReader, this, [fd]);
}
Object.setPrototypeOf(ChildReader.prototype, StdinReader.prototype);
Object.setPrototypeOf(ChildReader, StdinReader);

ChildReader.prototype._destroy = function _destroy(error, callback) {
  StdinReader.prototype._destroy.call(this, error, (err) => {
    closeFd(this.fd);
    callback(err);
  });
};

/**
 * The parent's end of the child's stdin pipe: writes as stdout's (synchronous), but ending it
 * closes the pipe (the child sees EOF), and it stays destroyed.
 */
function ChildWriter(fd) {
  Reflect.apply(StdioWriter, this, [fd]);
  this._fdClosed = false;
}
Object.setPrototypeOf(ChildWriter.prototype, StdioWriter.prototype);
Object.setPrototypeOf(ChildWriter, StdioWriter);

ChildWriter.prototype._closeFd = function _closeFd() {
  if (this._fdClosed) return;
  this._fdClosed = true;
  closeFd(this.fd);
};

ChildWriter.prototype._final = function _final(callback) {
  this._closeFd();
  callback();
};

ChildWriter.prototype._destroy = function _destroy(error, callback) {
  this._closeFd();
  callback(error);
};

/** A stream for a pipe of a child that never started (closed a loop turn later). */
function closedStream(readable) {
  return readable ? new Readable({ read() {} }) : new Writable({ write(c, e, cb) { cb(); } });
}

/** options.stdio as three slots for the binding ('pipe', 'inherit', 'ignore' or an fd). */
function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      case 'overlapped':
        stdio = ['pipe', 'pipe', 'pipe'];
        break;
      default:
        throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const slots = [];
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let entry = stdio[i];
    if (entry === undefined || entry === null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'overlapped') entry = 'pipe';
    if (entry === 'ipc') {
      throw new codes.ERR_COIL_NOT_IMPLEMENTED('child_process IPC channels (stdio \'ipc\')');
    }
    if (typeof entry === 'number') {
      validateInt32(entry, `stdio[${i}]`, 0);
    } else if (typeof entry === 'object' && typeof entry.fd === 'number') {
      entry = entry.fd;
    } else if (entry !== 'pipe' && entry !== 'inherit' && entry !== 'ignore') {
      throw new codes.ERR_INVALID_ARG_VALUE('stdio', entry);
    }
    if (i >= 3 && entry !== 'ignore') {
      throw new codes.ERR_COIL_NOT_IMPLEMENTED(`child_process stdio beyond the third (stdio[${i}])`);
    }
    slots.push(entry);
  }
  return slots.slice(0, 3);
}

function ChildProcess() {
  Reflect.apply(EventEmitter, this, []);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
  this._request = -1;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

// After 'exit', output nobody reads is drained so the pipes close (and 'close' can come).
function flushStdio(child) {
  for (const stream of child.stdio) {
    if (stream && stream.readable && !stream.readableFlowing && typeof stream.resume === 'function') {
      stream.resume();
    }
  }
}

ChildProcess.prototype._onexit = function _onexit(exitCode, signalCode) {
  if (signalCode) this.signalCode = signalCode;
  else this.exitCode = exitCode;
  if (this.stdin) this.stdin.destroy();
  this._handle = null;
  if (exitCode < 0) {
    const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
    const error = ErrnoException(exitCode, syscall);
    if (this.spawnfile) error.path = this.spawnfile;
    error.spawnargs = this.spawnargs.slice(1);
    this.emit('error', error);
  } else {
    this.emit('exit', this.exitCode, this.signalCode);
  }
  process.nextTick(flushStdio, this);
  maybeClose(this);
};

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const stdio = normalizeStdio(options.stdio);
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }
  const result = binding.spawn({
    file: options.file,
    args: this.spawnargs.length ? this.spawnargs : [options.file],
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio,
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    onexit: (exitCode, signal) => this._onexit(exitCode, signal),
  });
  if (typeof result === 'number') {
    if (result === ENOENT || result === EACCES || result === EAGAIN || result === EMFILE || result === ENFILE) {
      process.nextTick(() => this._onexit(result, null));
    } else {
      throw ErrnoException(result, 'spawn');
    }
    // As in Node, 'close' waits for these pipes too.
    this.stdio = stdio.map((slot, i) => {
      if (slot !== 'pipe') return null;
      const stream = closedStream(i > 0);
      if (i > 0) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
      return stream;
    });
    // Closed last to first, as libuv closes the handles of a failed spawn.
    setImmediate(() => {
      for (let i = this.stdio.length - 1; i >= 0; i--) this.stdio[i]?.destroy();
    });
  } else {
    this._handle = result;
    this._request = result.request;
    this.pid = result.pid;
    this.stdio = result.stdio.map((fd, i) => {
      if (fd < 0) return null;
      if (i === 0) return new ChildWriter(fd);
      const stream = new ChildReader(fd);
      this._closesNeeded++;
      stream.on('close', () => maybeClose(this));
      return stream;
    });
    process.nextTick(() => this.emit('spawn'));
  }
  this.stdin = this.stdio[0];
  this.stdout = this.stdio[1];
  this.stderr = this.stdio[2];
  return undefined;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = binding.kill(this.pid, signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === EINVAL || err === ENOSYS) throw ErrnoException(err, 'kill');
    if (err !== ESRCH) this.emit('error', ErrnoException(err, 'kill'));
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function dispose() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  binding.setRef(this._request, true);
};

ChildProcess.prototype.unref = function unref() {
  binding.setRef(this._request, false);
};

ChildProcess.prototype.disconnect = function disconnect() {
  this.emit('error', new codes.ERR_IPC_DISCONNECTED());
};

/** Node's normalizeSpawnArguments: the file, argv, cwd and environment of a spawn. */
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  let cwd = options.cwd;
  if (cwd != null) {
    if (cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
    else validateString(cwd, 'options.cwd');
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validateInt32(options.uid, 'options.uid');
  if (options.gid != null) validateInt32(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  // As in Node: strings must not hold NUL; other values become strings (`['-n', 1]`).
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] === 'string' && args[i].includes('\u0000')) {
      throw new codes.ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  args = args.map((arg) => `${arg}`);
  if (options.shell) {
    const command = args.length ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
  const env = options.env || process.env;
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) envPairs.push(`${key}=${value}`);
  }
  return { ...options, args, cwd, detached: !!options.detached, envPairs, file };
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new codes.ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new codes.ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

module.exports = {
  ChildProcess, normalizeSpawnArguments, normalizeStdio, validateTimeout, validateMaxBuffer,
  sanitizeKillSignal, convertToValidSignal,
};
