'use strict';
// node:net - TCP and Unix domain socket servers and clients on the reactor. net.Socket lives in
// internal/net/socket.js; this file holds net.Server, the factory functions and isIP*.
//
// listen() follows Node: no host means the IPv6 wildcard `::` (dual stack) when the machine has
// IPv6, else `0.0.0.0`; 'listening' and listen errors are emitted on the next tick; a port
// already in use is reported by `listen` (libuv defers the bind error until then).

const EventEmitter = require('events');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { ErrnoException, UVExceptionWithHostPort } = require('internal/net/errors');
const {
  Socket, SocketHandle, fillAddress, normalizeArgs, isPipeName, toNumber, kSetNoDelay,
  kSetKeepAlive, kSetKeepAliveInitialDelay, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
} = require('internal/net/socket');
const { validateAbortSignal, validateInt32, validateNumber, validatePort } = require('internal/validators');

const binding = internalBinding('tcp_wrap');

const UV_EADDRINUSE = -98;
const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

function codes() {
  return require('internal/errors').codes;
}

/** A listening handle; the binding calls `onconnection` for each accepted connection. */
class ServerHandle {
  constructor(key, kind) {
    this.key = key;
    this.kind = kind;
    this.owner = null;
    this.closed = false;
    this.bindError = 0;
  }

  getsockname(out) {
    return fillAddress(binding.getsockname(this.key), out);
  }

  listen(backlog) {
    if (this.bindError) return this.bindError;
    return binding.listen(this.key, backlog);
  }

  ref() { binding.setRef(this.key, true); }
  unref() { binding.setRef(this.key, false); }
  get fd() { return this.closed ? -1 : binding.fd(this.key); }

  close() {
    if (this.closed) return;
    this.closed = true;
    binding.close(this.key);
  }

  onconnection(keyOrError) {
    if (this.owner) onconnection(this.owner, this, keyOrError);
    else if (keyOrError >= 0) binding.close(keyOrError);
  }
}

// A bound (not yet listening) handle for address:port, or a negative errno. An address in use
// is remembered and reported by listen(), as libuv does. `ipv6Only` turns off dual stack;
// `fd` (Node's listen({ fd })) is not supported.
function createServerHandle(address, port, addressType, fd, ipv6Only) {
  const kind = addressType === -1 ? 'pipe' : 'tcp';
  const handle = new ServerHandle(-1, kind);
  const key = binding.socket(handle, kind === 'pipe' ? 0 : addressType);
  if (key < 0) return key;
  handle.key = key;
  const status = kind === 'pipe' ? binding.bindPipe(key, address) : binding.bind(key, address, port, Boolean(ipv6Only));
  if (status === UV_EADDRINUSE && kind === 'tcp') {
    handle.bindError = status;
  } else if (status) {
    handle.close();
    return status;
  }
  return handle;
}

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);

  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = require('stream').getDefaultHighWaterMark();
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? require('stream').getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// listen({ fd }): Node adopts a descriptor that is a socket (coil cannot yet: a clear error);
// anything else fails as libuv makes it fail, asynchronously: a FIFO with ENOTSOCK, a file or
// terminal with EINVAL.
function listenOnFd(server, fd) {
  let type = 'INVALID';
  try {
    validateInt32(fd, 'fd', 0);
    type = internalBinding('stream_wrap').guessHandleType(fd);
  } catch {
    // Not a descriptor one could listen on: EINVAL, as below.
  }
  let isSocket = type === 'TCP';
  if (type === 'PIPE') {
    try {
      isSocket = require('fs').fstatSync(fd).isSocket();
    } catch {
      isSocket = false;
    }
  }
  if (isSocket) throw new (codes().ERR_COIL_NOT_IMPLEMENTED)('server.listen({ fd }) on a socket');
  const status = type === 'PIPE' ? -88 : -22; // UV_ENOTSOCK, UV_EINVAL
  process.nextTick(emitErrorNT, server, new UVExceptionWithHostPort(status, 'listen', null, undefined));
}

function emitErrorNT(server, error) {
  server.emit('error', error);
}

function emitListeningNT(server) {
  if (server._handle) server.emit('listening');
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog, fd, ipv6Only) {
  // A second listen() in the same tick as a first one with a host (whose lookup was still
  // pending) finds the handle made by the first: Node listens on that handle again.
  if (this._handle) {
    listenOnHandle(this, this._handle, address, port, addressType, backlog);
    return;
  }
  let handle = null;
  if (!address) {
    // The IPv6 wildcard when IPv6 works (it accepts IPv4 too), else the IPv4 one.
    handle = createServerHandle(DEFAULT_IPV6_ADDR, port, 6);
    if (typeof handle === 'number') {
      handle = null;
      address = DEFAULT_IPV4_ADDR;
      addressType = 4;
    } else {
      address = DEFAULT_IPV6_ADDR;
      addressType = 6;
    }
  }
  if (handle === null) handle = createServerHandle(address, port, addressType, undefined, ipv6Only);
  if (typeof handle === 'number') {
    process.nextTick(emitErrorNT, this, new UVExceptionWithHostPort(handle, 'listen', address, port));
    return;
  }
  this._handle = handle;
  handle.owner = this;
  listenOnHandle(this, handle, address, port, addressType, backlog);
};

function listenOnHandle(server, handle, address, port, addressType, backlog) {
  const status = handle.listen(backlog || 511);
  if (status) {
    const error = new UVExceptionWithHostPort(status, 'listen', address, port);
    handle.close();
    server._handle = null;
    process.nextTick(emitErrorNT, server, error);
    return;
  }
  server._connectionKey = `${addressType}:${address}:${port}`;
  if (server._unref) server.unref();
  process.nextTick(emitListeningNT, server);
}

function listenInCluster(server, address, port, addressType, backlog, ipv6Only) {
  server._listen2(address, port, addressType, backlog, undefined, ipv6Only);
}

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new (codes().ERR_SERVER_ALREADY_LISTEN)();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  // A listen (or close) makes an earlier listen still waiting for its host lookup void.
  this._listeningId++;

  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    const onAborted = () => this.close();
    if (options.signal.aborted) process.nextTick(onAborted);
    else options.signal.addEventListener('abort', onAborted, { once: true });
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenOnFd(this, options.fd);
    return this;
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    // As in Node, ipv6Only applies only with a host: the default wildcard stays dual stack.
    if (options.host) lookupAndListen(this, options.port | 0, options.host, backlog, Boolean(options.ipv6Only));
    else listenInCluster(this, null, options.port | 0, 4, backlog);
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog);
    if (this._handle && (options.readableAll || options.writableAll)) {
      // As libuv's uv_pipe_chmod: the bits are added to the file's mode, not set.
      const desired = (options.readableAll ? 0o444 : 0) | (options.writableAll ? 0o222 : 0);
      try {
        const fs = require('fs');
        const mode = fs.statSync(pipeName).mode & 0o7777;
        if ((mode & desired) !== desired) fs.chmodSync(pipeName, mode | desired);
      } catch (error) {
        this._handle.close();
        this._handle = null;
        throw error;
      }
    }
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('options', options, 'must have the property "port" or "path"');
  }
  throw new (codes().ERR_INVALID_ARG_VALUE)('options', options);
};

function lookupAndListen(server, port, address, backlog, ipv6Only) {
  const listeningId = server._listeningId;
  const onLookup = (err, ip, addressType) => {
    if (listeningId !== server._listeningId) return;
    if (err) server.emit('error', err);
    else listenInCluster(server, ip, port, addressType, backlog, ipv6Only);
  };
  // An IP literal resolves to itself on the next tick, as dns.lookup does: a server on
  // '127.0.0.1' need not load the dns module.
  const family = isIP(address);
  if (family) process.nextTick(onLookup, null, address, family);
  else require('dns').lookup(address, onLookup);
}

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return Boolean(this._handle); },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function address() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const status = this._handle.getsockname(out);
    if (status) throw new ErrnoException(status, 'address');
    return this._pipeName ?? out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

// A connection arrived on `handle` (or accept failed with a negative errno).
function onconnection(server, handle, keyOrError) {
  if (keyOrError < 0) {
    server.emit('error', new ErrnoException(keyOrError, 'accept'));
    return;
  }
  const clientHandle = SocketHandle.accepted(keyOrError, handle.kind);
  if (server.maxConnections && server._connections >= server.maxConnections) {
    if (server.listenerCount('drop') > 0) {
      const local = {};
      const remote = {};
      clientHandle.getsockname(local);
      clientHandle.getpeername(remote);
      server.emit('drop', {
        localAddress: local.address,
        localPort: local.port,
        localFamily: local.family,
        remoteAddress: remote.address,
        remotePort: remote.port,
        remoteFamily: remote.family,
      });
    }
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: server.highWaterMark,
    writableHighWaterMark: server.highWaterMark,
  });
  if (server.noDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (server.keepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = server.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

Server.prototype.getConnections = function getConnections(cb) {
  // As in Node, a missing callback fails in process.nextTick's own check.
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function close(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function onClose() {
        cb(new (codes().ERR_SERVER_NOT_RUNNING)());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(server) {
  server.emit('close');
}

Server.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function captureRejection(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  // Loaded on first use, as in Node (getters without setters).
  get BlockList() { return require('internal/net/blocklist').BlockList; },
  get SocketAddress() { return require('internal/net/socketaddress').SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
