'use strict';
// fs.ReadStream and fs.WriteStream: files as streams. The file is opened in `_construct`
// ('open' then 'ready'), read in highWaterMark-sized chunks on the worker pool (each read
// produces a fresh Buffer that is pushed as it is, no copy), written chunk by chunk (or all
// corked chunks in one writev), and closed when the stream is destroyed (`autoClose`).

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const { getValidatedPath, getValidatedFd, getOptions } = require('internal/fs/utils');
const { validateInteger, validateBoolean } = require('internal/validators');

const binding = internalBinding('fs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kInFlight = Symbol('kInFlight');
const kAhead = Symbol('kAhead');
const kOwnFd = Symbol('kOwnFd');
const kFilePos = Symbol('kFilePos');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function errors() {
  return require('internal/errors').codes;
}

function fsModule() {
  return require('fs');
}

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Options may be a string (the encoding); `fs` lets callers replace the calls a stream makes.
function copyOptions(options) {
  return { ...getOptions(options, {}) };
}

function importFd(stream, options) {
  if (options.fd != null && typeof options.fd === 'object' &&
      typeof options.fd.fd === 'number' && typeof options.fd.close === 'function') {
    // A FileHandle: use its descriptor, close through it.
    stream[kHandle] = options.fd;
    return options.fd.fd;
  }
  return options.fd == null ? null : getValidatedFd(options.fd);
}

function validateRange(options) {
  const { start } = options;
  let { end } = options;
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end === undefined) {
    end = Infinity;
  } else if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) {
      throw new (errors().ERR_OUT_OF_RANGE)('start', `<= "end" (here: ${end})`, start);
    }
  }
  return end;
}

// Opens the file for `_construct` (unless an fd was given), emitting 'open' and 'ready'.
function openForStream(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return callback(err);
    stream.fd = fd;
    // A descriptor only this stream uses can be read by position (see readAhead).
    if (stream instanceof ReadStream && stream[kFs] === fsModule()) {
      stream[kOwnFd] = true;
      stream[kFilePos] = stream.start ?? 0;
    }
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeForStream(stream, err, callback) {
  if (stream[kHandle] !== undefined) {
    stream[kHandle].close().then(() => callback(err), (closeError) => callback(closeError || err));
    return;
  }
  if (typeof stream.fd !== 'number') {
    callback(err);
    return;
  }
  stream[kFs].close(stream.fd, (closeError) => callback(closeError || err));
  stream.fd = null;
}

// ---- ReadStream ----

/**
 * fs.ReadStream(path, options): a Readable over a file (or an open fd / FileHandle).
 */
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  this[kFs] = options.fs || fsModule();
  this.fd = importFd(this, options);
  this.path = this.fd === null ? getValidatedPath(path) : undefined;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = validateRange(options);
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  this[kInFlight] = 0;
  this[kAhead] = [];
  this[kOwnFd] = false;
  this[kFilePos] = 0;
  if (this.start !== undefined) this.pos = this.start;
  if (options.autoClose !== undefined) validateBoolean(options.autoClose, 'options.autoClose');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(value) { this._readableState.autoDestroy = value; },
});

ReadStream.prototype._construct = function _construct(callback) {
  openForStream(this, callback);
};

// The chunk size a read at the current position asks for (0 at `end`).
function nextReadSize(stream, n) {
  return stream.pos !== undefined ?
    Math.min(stream.end - stream.pos + 1, n) :
    Math.min(stream.end - stream.bytesRead + 1, n);
}

// Reads in flight on the pool: _destroy closes the descriptor only once they are all back.
function ioStarted(stream) {
  stream[kInFlight]++;
  stream[kIsPerformingIO] = true;
}

function ioFinished(stream, err) {
  stream[kInFlight]--;
  stream[kIsPerformingIO] = stream[kInFlight] > 0;
  if (stream.destroyed && stream[kInFlight] === 0) stream.emit(kIsPerformingIO, err);
}

// Read-ahead: on a descriptor the stream opened itself, the next chunks (up to kReadAhead) are
// requested from the pool as soon as the current one arrives, so the pool works while JS handles
// the chunk and the round trips overlap. Chunk boundaries and positions are exactly those of
// one-at-a-time reads; an unused read-ahead is simply dropped.
const kReadAhead = 2;

function topUpReadAhead(stream, n) {
  const queue = stream[kAhead];
  let position = queue.length > 0 ? queue[queue.length - 1].position + queue[queue.length - 1].size :
    stream[kFilePos];
  while (queue.length < kReadAhead) {
    const limit = stream.end === Infinity ? n : Math.min(stream.end - position + 1, n);
    if (limit <= 0) return;
    readAhead(stream, position, limit);
    position += limit;
  }
}

function readAhead(stream, position, size) {
  const ahead = { position, size, finished: false, err: null, bytes: null, then: null };
  stream[kAhead].push(ahead);
  ioStarted(stream);
  binding.read(stream.fd, size, ahead.position, (err, bytes) => {
    ahead.finished = true;
    ahead.err = err;
    ahead.bytes = bytes;
    const then = ahead.then;
    ahead.then = null;
    if (then !== null) then(err, bytes);
    else ioFinished(stream, err);
  });
}

ReadStream.prototype._read = function _read(n) {
  n = nextReadSize(this, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const done = (err, bytes) => {
    ioFinished(this, err);
    if (this.destroyed) return;
    if (err) {
      this.destroy(err);
    } else if (bytes.length > 0) {
      if (this.pos !== undefined) this.pos += bytes.length;
      this.bytesRead += bytes.length;
      if (this[kOwnFd]) {
        this[kFilePos] += bytes.length;
        if (bytes.length === n && !this._readableState.ended) topUpReadAhead(this, n);
        else this[kAhead].length = 0;
      }
      this.push(toBuffer(bytes));
    } else {
      this.push(null);
    }
  };
  const ahead = this[kAhead].length > 0 ? this[kAhead][0] : null;
  if (ahead !== null && ahead.position === this[kFilePos] && ahead.size === n) {
    this[kAhead].shift();
    if (ahead.finished) {
      // Delivered on a later tick, never inside _read: a real read always completes
      // asynchronously, and Readable's push-during-_read path is not the one Node exercises.
      // The read-ahead's in-flight count stays open until then (done() closes it).
      process.nextTick(done, ahead.err, ahead.bytes);
    } else {
      ahead.then = done;
    }
    return;
  }
  this[kAhead].length = 0;
  ioStarted(this);
  if (this[kOwnFd]) {
    binding.read(this.fd, n, this[kFilePos], done);
  } else if (this[kFs] === fsModule()) {
    binding.read(this.fd, n, this.pos ?? -1, done);
  } else {
    const buffer = Buffer.allocUnsafeSlow(n);
    this[kFs].read(this.fd, buffer, 0, n, this.pos ?? null, (err, bytesRead) => {
      done(err, err ? null : buffer.subarray(0, bytesRead));
    });
  }
};

ReadStream.prototype._destroy = function _destroy(err, callback) {
  // Reads still running on the pool finish first; the descriptor is closed after them.
  if (this[kInFlight] > 0) {
    this.once(kIsPerformingIO, (readError) => closeForStream(this, err || readError, callback));
  } else {
    closeForStream(this, err, callback);
  }
};

ReadStream.prototype.close = function close(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

// ---- WriteStream ----

/**
 * fs.WriteStream(path, options): a Writable into a file (or an open fd / FileHandle).
 */
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;
  this[kFs] = options.fs || fsModule();
  this.fd = importFd(this, options);
  this.path = this.fd === null ? getValidatedPath(path) : undefined;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = options.flush == null ? false : options.flush;
  validateBoolean(this.flush, 'options.flush');
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (options.autoClose !== undefined) validateBoolean(options.autoClose, 'options.autoClose');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(value) { this._writableState.autoDestroy = value; },
});

WriteStream.prototype._construct = function _construct(callback) {
  openForStream(this, callback);
};

// One chunk, written whole (at the stream's position when it has one), then `callback`.
WriteStream.prototype._write = function _write(data, encoding, callback) {
  const position = this.pos;
  if (position !== undefined) this.pos += data.length;
  this[kIsPerformingIO] = true;
  const done = (err, written) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      callback(err);
      this.emit(kIsPerformingIO, err);
      return;
    }
    if (err) return callback(err);
    this.bytesWritten += written;
    callback();
  };
  if (this[kFs] === fsModule()) {
    binding.writeAll(this.fd, data, position ?? -1, done);
  } else {
    this[kFs].write(this.fd, data, 0, data.length, position ?? null, done);
  }
};

WriteStream.prototype._writev = function _writev(chunks, callback) {
  const buffers = new Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) buffers[i] = chunks[i].chunk;
  this._write(Buffer.concat(buffers), undefined, callback);
};

WriteStream.prototype._final = function _final(callback) {
  if (!this.flush) return callback();
  this[kFs].fsync(this.fd, callback);
};

WriteStream.prototype._destroy = function _destroy(err, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (writeError) => closeForStream(this, err || writeError, callback));
  } else {
    closeForStream(this, err, callback);
  }
};

WriteStream.prototype.close = function close(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // Without autoClose, close() still closes.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
