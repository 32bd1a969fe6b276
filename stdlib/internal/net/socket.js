'use strict';
// net.Socket: a Duplex stream over a TCP or Unix domain socket handle
// (internalBinding('tcp_wrap'), which runs on the reactor). The order of events follows Node's:
// 'connect' then 'ready'; on the peer's FIN, 'end', then (allowHalfOpen false) our own FIN,
// 'finish', and 'close' once the handle is closed; errors destroy the socket ('error', 'close').
//
// The handle is `this._handle`, a small object holding the binding key; the binding calls its
// on* methods (see runtime/src/bindings/tcp_wrap.rs).

const { Duplex } = require('stream');
const { kState } = require('internal/streams/utils');
const { kHasFlowing, kFlowing, kDecoder } = require('internal/streams/readable_state');
const { Buffer } = require('buffer');
const { isIP } = require('internal/net/ip');
const { ErrnoException, ExceptionWithHostPort } = require('internal/net/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateNumber, validatePort,
  validateString,
} = require('internal/validators');

const binding = internalBinding('tcp_wrap');
const { encodingIds, normalizeEncoding } = require('internal/buffer/encodings');

// The codec id of a stream chunk's encoding (Writable has already validated the name).
function encodingId(encoding) {
  return encodingIds[normalizeEncoding(encoding)] ?? 0;
}

const UV_EOF = -4095;
const kTimeout = Symbol('timeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kWriteCallback = Symbol('kWriteCallback');
const kShutdownCallback = Symbol('kShutdownCallback');
// The `onread` option: the caller's buffer (or true with a generator), its callback, and the
// bytes of a read the callback stopped in the middle of (delivered when reading resumes).
const kBuffer = Symbol('kBuffer');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');
const kBufferRest = Symbol('kBufferRest');
const normalizedArgsSymbol = Symbol('normalizedArgs');

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function codes() {
  return require('internal/errors').codes;
}

/**
 * A socket handle: the binding key plus the callbacks Rust calls. `kind` is 'tcp' or 'pipe'.
 * A close callback runs in the loop's close phase.
 */
class SocketHandle {
  constructor(key, kind) {
    this.key = key;
    this.kind = kind;
    this.reading = false;
    this.owner = null;
    this.bytesRead = 0;
    // Bytes written, kept here once the handle is closed (Rust counts them while it is open).
    this.finalBytesWritten = 0;
    this.closed = false;
    // A function bytes go to directly instead of through the Readable (see onread).
    this.consumer = null;
  }

  /** A new unconnected socket handle, or a negative errno. */
  static create(kind, family) {
    const handle = new SocketHandle(-1, kind);
    const key = binding.socket(handle, kind === 'pipe' ? 0 : family);
    if (key < 0) return key;
    handle.key = key;
    return handle;
  }

  /** The handle of a connection a listening socket accepted (binding key `key`). */
  static accepted(key, kind) {
    const handle = new SocketHandle(key, kind);
    binding.setOwner(key, handle);
    return handle;
  }

  readStart() { return binding.readStart(this.key); }
  readStop() { return binding.readStop(this.key); }
  setNoDelay(enable) { return binding.setNoDelay(this.key, enable); }
  setKeepAlive(enable, seconds) { return binding.setKeepAlive(this.key, enable, seconds); }
  ref() { binding.setRef(this.key, true); }
  unref() { binding.setRef(this.key, false); }
  get writeQueueSize() { return this.closed ? 0 : binding.writeQueueSize(this.key); }
  get fd() { return this.closed ? -1 : binding.fd(this.key); }

  get bytesWritten() {
    return this.closed ? this.finalBytesWritten : binding.bytesWritten(this.key);
  }

  close(callback) {
    if (this.closed) return;
    this.finalBytesWritten = binding.bytesWritten(this.key);
    this.closed = true;
    binding.close(this.key, callback);
  }

  /** Closes with a TCP RST (libuv's uv_tcp_close_reset). */
  closeReset(callback) {
    if (this.closed) return;
    this.finalBytesWritten = binding.bytesWritten(this.key);
    this.closed = true;
    binding.close(this.key, callback, true);
  }
}

// Unix domain sockets have no address in Node's sense: remoteAddress and localAddress are
// undefined (the listener's address() is its path).
SocketHandle.prototype.getsockname = function getsockname(out) {
  if (this.kind === 'pipe') return -22;
  return fillAddress(binding.getsockname(this.key), out);
};
SocketHandle.prototype.getpeername = function getpeername(out) {
  if (this.kind === 'pipe') return -22;
  return fillAddress(binding.getpeername(this.key), out);
};

// The binding's [address, family, port] (or [path]) as Node's { address, family, port }.
function fillAddress(parts, out) {
  if (parts === undefined) return -9; // UV_EBADF
  out.address = parts[0];
  if (parts.length > 1) {
    out.family = parts[1];
    out.port = parts[2];
  }
  return 0;
}

// Rust -> JS callbacks, with `this` the handle.
SocketHandle.prototype.onconnect = function onconnect(status) {
  const socket = this.owner;
  if (socket) afterConnect(socket, status);
};

SocketHandle.prototype.onread = function onread(chunk) {
  const socket = this.owner;
  if (!socket || socket._handle !== this) return;
  const consumer = this.consumer;
  if (consumer !== null && chunk instanceof Uint8Array && canConsume(socket, consumer)) {
    socket._unrefTimer();
    this.bytesRead += chunk.byteLength;
    consumer(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    return;
  }
  onStreamRead(socket, this, chunk);
};

// An HTTP server reads requests straight from the handle, as Node's parser.consume() does:
// bytes skip the socket's Readable while the consumer is the only 'data' listener, nobody
// listens for 'readable', and the socket is flowing with nothing buffered and no decoder.
// Otherwise they go through the Readable, whose 'data' event reaches the consumer as well.
const kFlowingNoDecoder = kHasFlowing | kFlowing;
function canConsume(socket, consumer) {
  const events = socket._events;
  if (events.data !== consumer || events.readable !== undefined) return false;
  const state = socket._readableState;
  return state.length === 0 && (state[kState] & (kFlowingNoDecoder | kDecoder)) === kFlowingNoDecoder;
}

SocketHandle.prototype.onwrite = function onwrite(status) {
  const socket = this.owner;
  const callback = socket?.[kWriteCallback];
  if (!callback) return;
  socket[kWriteCallback] = null;
  if (status < 0) {
    callback(new ErrnoException(status, 'write'));
    return;
  }
  socket._unrefTimer();
  callback(null);
};

SocketHandle.prototype.onshutdown = function onshutdown(status) {
  const socket = this.owner;
  const callback = socket?.[kShutdownCallback];
  if (!callback) return;
  socket[kShutdownCallback] = null;
  if (status < 0 && status !== -107) callback(new ErrnoException(status, 'shutdown'));
  else callback();
};

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new (codes().ERR_INVALID_ARG_VALUE)(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (typeof options?.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this._parent = null;
  this._host = null;
  this[kTimeout] = null;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };

  // Sockets end their writable side when the readable side ends, unless allowHalfOpen; they emit
  // 'close' themselves, when the handle is closed.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    throw new (codes().ERR_COIL_NOT_IMPLEMENTED)('net.Socket({ fd })');
  } else {
    this._handle = null;
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kWriteCallback] = null;
  this[kShutdownCallback] = null;
  this.server = null;
  this._server = null;

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
  }

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    require('stream').addAbortSignal(options.signal, this);
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  socket._peername = null;
  if (socket._handle) socket._handle.owner = socket;
}

// After the peer's FIN (and allowHalfOpen false), writing fails with EPIPE.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const error = new Error('This socket has been ended by the other party');
  error.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, error);
  this.destroy(error);
  return false;
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let socket = this; socket !== null; socket = socket._parent) {
    // A timer stopped by setTimeout(0) stays stopped; one that fired starts again (as Node's).
    const timer = socket[kTimeout];
    if (timer !== null && timer._idleTimeout > 0) timer.refresh();
  }
};

// The peer ended: close our side too once the written data is out (allowHalfOpen false).
Socket.prototype._final = function _final(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  this[kShutdownCallback] = cb;
  const status = binding.shutdown(this._handle.key);
  if (status !== 0) {
    this[kShutdownCallback] = null;
    cb(new ErrnoException(status, 'shutdown'));
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new (codes().ERR_OUT_OF_RANGE)('msecs', 'a non-negative finite number', msecs);
  }
  // One Timeout per socket, stopped and started again: an HTTP server turns the idle timeout
  // off and on around every request on a keep-alive connection.
  const timer = this[kTimeout];
  if (msecs === 0) {
    if (timer !== null) timers().stopTimer(timer);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    if (timer !== null) {
      timers().restartTimer(timer, msecs);
    } else {
      this[kTimeout] = new (timers().Timeout)(onSocketTimeout.bind(this), msecs, undefined, false, false);
    }
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

function onSocketTimeout() {
  this._onTimeout();
}

let timersModule;
function timers() {
  timersModule ??= require('internal/timers');
  return timersModule;
}

Socket.prototype._onTimeout = function _onTimeout() {
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (this._handle.setKeepAlive && enable !== this[kSetKeepAlive]) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  } else if (this._handle.setKeepAlive && enable && initialDelay !== this[kSetKeepAliveInitialDelay]) {
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Object.defineProperties(Socket.prototype, {
  _connecting: {
    __proto__: null,
    get() { return this.connecting; },
  },
  pending: {
    __proto__: null,
    get() { return !this._handle || this.connecting; },
    configurable: true,
  },
  readyState: {
    __proto__: null,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  },
  bufferSize: {
    __proto__: null,
    get() {
      // Node's handle exists from connect() on; ours only once the address is known.
      if (this._handle || this.connecting) return this.writableLength;
      return undefined;
    },
  },
  bytesRead: {
    __proto__: null,
    get() { return this._handle ? this._handle.bytesRead : this[kBytesRead]; },
  },
  bytesWritten: {
    __proto__: null,
    get() {
      let bytes = this._handle ? this._handle.bytesWritten : this[kBytesWritten];
      const buffered = this.writableBuffer;
      if (!buffered) return undefined;
      for (const entry of buffered) {
        bytes += entry.chunk instanceof Buffer ? entry.chunk.length : Buffer.byteLength(entry.chunk, entry.encoding);
      }
      const data = this._pendingData;
      if (Array.isArray(data)) {
        for (const entry of data) {
          bytes += entry.chunk instanceof Buffer ? entry.chunk.length : Buffer.byteLength(entry.chunk, entry.encoding);
        }
      } else if (data) {
        bytes += data instanceof Buffer ? data.length : Buffer.byteLength(data, this._pendingEncoding);
      }
      return bytes;
    },
  },
  remoteAddress: {
    __proto__: null,
    get() { return this._getpeername().address; },
  },
  remoteFamily: {
    __proto__: null,
    get() { return this._getpeername().family; },
  },
  remotePort: {
    __proto__: null,
    get() { return this._getpeername().port; },
  },
  localAddress: {
    __proto__: null,
    get() { return this._getsockname().address; },
  },
  localPort: {
    __proto__: null,
    get() { return this._getsockname().port; },
  },
  localFamily: {
    __proto__: null,
    get() { return this._getsockname().family; },
  },
});

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  } else if (!this._peername) {
    const out = {};
    if (this._handle.getpeername(out) !== 0) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    if (this._handle.getsockname(out) !== 0) return out;
    this._sockname = out;
  }
  return this._sockname;
};

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    if (this[kBuffer]) resumeUserBufferReads(this);
    else tryReadStart(this);
  }
};

// With `onread` the Readable never gets the bytes, so its own bookkeeping cannot start or stop
// reading: pause(), resume() and read() do it on the handle, as in Node.
Socket.prototype.pause = function pause() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const status = this._handle.readStop();
      if (status) this.destroy(new ErrnoException(status, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    resumeUserBufferReads(this);
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    resumeUserBufferReads(this);
  }
  return Duplex.prototype.read.call(this, n);
};

function resumeUserBufferReads(socket) {
  const rest = socket[kBufferRest];
  if (rest) {
    socket[kBufferRest] = null;
    if (!copyToUserBuffer(socket, rest)) return;
  }
  tryReadStart(socket);
}

// `onread`: the bytes go into the caller's buffer, a buffer-full at a time, each handed to the
// callback instead of a 'data' event. A callback returning false stops reading (the rest of
// this read waits for the next _read). Returns whether reading may go on.
function copyToUserBuffer(socket, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    const target = socket[kBufferGen] ? socket[kBufferGen]() : socket[kBuffer];
    const n = Math.min(target.length, bytes.length - offset);
    target.set(bytes.subarray(offset, offset + n), 0);
    offset += n;
    if (socket[kBufferCb](n, target) === false || n === 0) {
      if (offset < bytes.length) socket[kBufferRest] = bytes.subarray(offset);
      const handle = socket._handle;
      if (handle && handle.reading) {
        handle.reading = false;
        handle.readStop();
      }
      return false;
    }
  }
  return true;
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const status = socket._handle.readStart();
  if (status) socket.destroy(new ErrnoException(status, 'read'));
}

// One read from the binding: a chunk, null at the end of the stream, or an Error.
function onStreamRead(socket, handle, chunk) {
  socket._unrefTimer();
  if (chunk instanceof Uint8Array) {
    handle.bytesRead += chunk.byteLength;
    if (socket[kBuffer]) {
      copyToUserBuffer(socket, chunk);
      return;
    }
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!socket.push(buffer)) {
      handle.reading = false;
      if (!socket.destroyed) {
        const status = handle.readStop();
        if (status) socket.destroy(new ErrnoException(status, 'read'));
      }
    }
    return;
  }
  handle.reading = false;
  if (chunk !== null) {
    socket.destroy(chunk);
    return;
  }
  if (!socket._readableState.endEmitted) {
    socket.push(null);
    socket.read(0);
  }
}

Socket.prototype.end = function end(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle.kind === 'tcp')) throw new (codes().ERR_INVALID_HANDLE_TYPE)();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new (codes().ERR_SOCKET_CLOSED)());
  }
  return this;
};

// A plain destroy() whose handle closes with a RST instead of a FIN (see _destroy).
Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  for (let socket = this; socket !== null; socket = socket._parent) {
    clearTimeout(socket[kTimeout]);
  }
  const wasConnecting = this.connecting;
  this.connecting = false;
  if (this._handle) {
    const isException = Boolean(exception);
    const handle = this._handle;
    this[kBytesRead] = handle.bytesRead;
    this[kBytesWritten] = handle.bytesWritten;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      handle.closeReset(() => this.emit('close', isException));
    } else {
      handle.close(() => this.emit('close', isException));
    }
    handle.owner = null;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else if (wasConnecting) {
    // Node has a handle from connect() on (ours waits for the address): close as it would,
    // with hadError, in the close phase (key 0 is never a socket: only the callback runs).
    cb(exception);
    const isException = Boolean(exception);
    binding.close(0, () => this.emit('close', isException));
  } else {
    // Never connected: 'close' has no hadError argument.
    cb(exception);
    process.nextTick(() => this.emit('close'));
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new (codes().ERR_SOCKET_CLOSED_BEFORE_CONNECTION)());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new (codes().ERR_SOCKET_CLOSED)());
    return false;
  }
  this._unrefTimer();
  const handle = this._handle;
  let status;
  if (writev) {
    // One write of every chunk; strings are encoded in Rust, in their own encodings.
    const chunks = new Array(data.length);
    const encodings = new Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const entry = data[i];
      chunks[i] = entry.chunk;
      encodings[i] = typeof entry.chunk === 'string' ? encodingId(entry.encoding) : 0;
    }
    status = binding.writeChunks(handle.key, chunks, encodings);
  } else if (typeof data !== 'string') {
    status = binding.writeBuffer(handle.key, data);
  } else {
    status = binding.writeString(handle.key, data, encodingId(encoding));
  }
  if (status < 0) {
    cb(new ErrnoException(status, 'write'));
  } else if (status === 0) {
    cb(null);
  } else {
    this[kWriteCallback] = cb;
  }
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// connect(options[, cb]), connect(port[, host][, cb]), connect(path[, cb]).
Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (options.port === undefined && options.path == null) {
    throw new (codes().ERR_MISSING_ARGS)(['options', 'port', 'path']);
  }

  if (cb !== null) this.once('connect', cb);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  // Node makes the handle here (and resets the stream state with it); ours waits for the
  // address family, so reset the state now: a later reset would undo an end() called
  // while connecting.
  if (!this._handle) initSocketHandle(this);
  const { path } = options;
  const pipe = Boolean(path);
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new (codes().ERR_INVALID_IP_ADDRESS)(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dns = require('dns');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
  self._host = host;
  const lookup = options.lookup || dns.lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookup(host, dnsopts, function emitLookup(err, addresses) {
      if (!self.connecting) return;
      if (err) {
        self.emit('lookup', err, undefined, undefined, host);
        process.nextTick(connectErrorNT, self, err);
        return;
      }
      // Each address is announced; a listener may destroy the socket. Each IP is tried once.
      const valid = [];
      const seen = new Set();
      for (const { address, family } of addresses) {
        self.emit('lookup', err, address, family, host);
        if (!self.connecting) return;
        if (isIP(address) && (family === 4 || family === 6) && !seen.has(address)) {
          seen.add(address);
          valid.push({ address, family });
        }
      }
      connectInOrder(self, interleaveFamilies(valid), port, localAddress, localPort);
    });
    return;
  }

  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new (codes().ERR_INVALID_IP_ADDRESS)(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self,
        new (codes().ERR_INVALID_ADDRESS_FAMILY)(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

// Alternates address families, starting with the first address's (RFC 8305 ordering).
function interleaveFamilies(addresses) {
  const first = addresses[0]?.family;
  const same = addresses.filter((a) => a.family === first);
  const other = addresses.filter((a) => a.family !== first);
  const ordered = [];
  for (let i = 0; i < Math.max(same.length, other.length); i++) {
    if (i < same.length) ordered.push(same[i]);
    if (i < other.length) ordered.push(other[i]);
  }
  return ordered;
}

// Tries each address in turn until one connects (Node's autoSelectFamily, without racing the
// attempts); records them in `autoSelectFamilyAttemptedAddresses`.
function connectInOrder(self, addresses, port, localAddress, localPort) {
  if (addresses.length === 0) {
    process.nextTick(connectErrorNT, self, require('internal/net/errors').dnsException(-3008, 'getaddrinfo', self._host));
    return;
  }
  // A single address is a plain connect, as in Node (no autoSelectFamilyAttemptedAddresses).
  if (addresses.length === 1) {
    self._unrefTimer();
    internalConnect(self, addresses[0].address, port, addresses[0].family, localAddress, localPort);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  const errors = [];
  let index = 0;
  const attempt = () => {
    const { address, family } = addresses[index++];
    self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
    self._attemptFailed = (error) => {
      errors.push(error);
      if (index < addresses.length) {
        attempt();
        return true;
      }
      self._attemptFailed = null;
      const aggregate = new AggregateError(errors);
      aggregate.code = errors[0].code;
      self.destroy(errors.length === 1 ? errors[0] : aggregate);
      return true;
    };
    internalConnect(self, address, port, family, localAddress, localPort);
  };
  attempt();
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

// Reports a failed connect attempt: the next address is tried, or the socket is destroyed.
function failConnect(self, error) {
  if (self._attemptFailed) {
    if (self._handle) {
      self._handle.close();
      self._handle.owner = null;
      self._handle = null;
    }
    self._attemptFailed(error);
    return;
  }
  self.destroy(error);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  if (!self.connecting) return;
  const pipe = addressType === undefined;
  if (!self._handle) {
    const handle = SocketHandle.create(pipe ? 'pipe' : 'tcp', addressType);
    if (typeof handle === 'number') {
      self.destroy(new ErrnoException(handle, 'socket'));
      return;
    }
    self._handle = handle;
    handle.owner = self;
    self._sockname = null;
    self._peername = null;
  }
  const key = self._handle.key;
  if (localAddress || localPort) {
    const status = binding.bind(key, localAddress || (addressType === 6 ? '::' : '0.0.0.0'), localPort || 0, false);
    if (status) {
      failConnect(self, new ExceptionWithHostPort(status, 'bind', localAddress, localPort));
      return;
    }
  }
  self._connectRequest = { address, port, addressType, localAddress, localPort };
  self.emit('connectionAttempt', address, port, addressType);
  const status = pipe ? binding.connectPipe(key, address) : binding.connect(key, address, port);
  if (status && pipe) {
    // libuv reports a failed pipe connect from its connect callback, a loop turn later - after
    // the caller (e.g. ClientRequest) has attached its 'error' listener.
    setImmediate(() => {
      if (self.destroyed || !self.connecting) return;
      self._connectRequest = null;
      failConnect(self, new ExceptionWithHostPort(status, 'connect', address, port));
    });
    return;
  }
  if (status) {
    const sockname = self._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    failConnect(self, new ExceptionWithHostPort(status, 'connect', address, port, details));
  }
}

function afterConnect(self, status) {
  if (self.destroyed) return;
  const request = self._connectRequest;
  self._connectRequest = null;
  self._sockname = null;
  if (status === 0) {
    self.connecting = false;
    self._attemptFailed = null;
    self._unrefTimer();
    if (self[kSetNoDelay]) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive]) self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    self.emit('connect');
    self.emit('ready');
    if (!self.isPaused()) self.read(0);
    return;
  }
  let details;
  if (request.localAddress && request.localPort) details = `${request.localAddress}:${request.localPort}`;
  const error = new ExceptionWithHostPort(status, 'connect', request.address, request.port, details);
  if (details) {
    error.localAddress = request.localAddress;
    error.localPort = request.localPort;
  }
  self.emit('connectionAttemptFailed', request.address, request.port, request.addressType, error);
  failConnect(self, error);
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// The argument forms of connect() and listen(), as [options, callback or null].
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
    result[normalizedArgsSymbol] = true;
    return result;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  if (typeof cb !== 'function') result = [options, null];
  else result = [options, cb];
  result[normalizedArgsSymbol] = true;
  return result;
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

module.exports = {
  Socket,
  SocketHandle,
  fillAddress,
  normalizeArgs,
  normalizedArgsSymbol,
  isPipeName,
  toNumber,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
