'use strict';
// The streams behind process.stdout, process.stderr and process.stdin.
//
// Writes are synchronous, as Node's are on Linux for files, terminals and pipes: a write has
// reached the descriptor when write() returns, so output before process.exit() is never lost.
// A write error (EPIPE when the reader went away) fails the write and, through the stream,
// becomes an 'error' event. stdin reads through the reactor (pipes, terminals, sockets) or the
// worker pool (regular files), only while someone is reading.

const { Writable, Readable } = require('stream');
const { Buffer } = require('buffer');

const binding = internalBinding('stream_wrap');

/**
 * A Writable that writes each chunk to a descriptor before calling back.
 */
function StdioWriter(fd, options) {
  Reflect.apply(Writable, this, [{ decodeStrings: false, ...options }]);
  this.fd = fd;
}
Object.setPrototypeOf(StdioWriter.prototype, Writable.prototype);
Object.setPrototypeOf(StdioWriter, Writable);

StdioWriter.prototype._write = function _write(chunk, encoding, callback) {
  try {
    if (typeof chunk !== 'string') binding.writeSync(this.fd, chunk);
    else if (encoding === 'utf8' || encoding === 'utf-8') binding.writeUtf8Sync(this.fd, chunk);
    else binding.writeSync(this.fd, Buffer.from(chunk, encoding));
  } catch (error) {
    callback(error);
    return;
  }
  callback();
};

// stdio descriptors are never closed, and their streams never stay ended or destroyed: as
// Node's stdout does, the stream resets itself (so a pipeline into process.stdout leaves it
// usable) and still emits 'close' once.
StdioWriter.prototype._destroy = function _destroy(error, callback) {
  callback(error);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
};

/**
 * A Readable over a pipe, terminal or socket descriptor, read through the reactor.
 */
function StdinReader(fd, options) {
  Reflect.apply(Readable, this, [options]);
  this.fd = fd;
  this._handleKey = binding.open(fd, (chunk) => this._onread(chunk));
  this._reading = false;
}
Object.setPrototypeOf(StdinReader.prototype, Readable.prototype);
Object.setPrototypeOf(StdinReader, Readable);

StdinReader.prototype._read = function _read() {
  if (this._reading || this.destroyed) return;
  this._reading = true;
  binding.readStart(this._handleKey);
};

StdinReader.prototype._stopReading = function _stopReading() {
  if (!this._reading) return;
  this._reading = false;
  binding.readStop(this._handleKey);
};

StdinReader.prototype._onread = function _onread(chunk) {
  if (chunk === null) {
    this._reading = false;
    this.push(null);
  } else if (chunk instanceof Uint8Array) {
    if (!this.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) {
      this._stopReading();
    }
  } else {
    this._reading = false;
    this.destroy(chunk);
  }
};

// Pausing stops reading the descriptor (so a paused stdin does not keep the process alive).
StdinReader.prototype.pause = function pause() {
  this._stopReading();
  return Readable.prototype.pause.call(this);
};

// Like a libuv handle's close, 'close' comes in a later loop phase (after pending promise jobs).
StdinReader.prototype._destroy = function _destroy(error, callback) {
  this._stopReading();
  binding.close(this._handleKey);
  setImmediate(() => callback(error));
};

StdinReader.prototype.ref = function ref() {
  binding.setRef(this._handleKey, true);
  return this;
};

StdinReader.prototype.unref = function unref() {
  binding.setRef(this._handleKey, false);
  return this;
};

function markStdio(stream, fd) {
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  return stream;
}

function createWritableStdioStream(fd) {
  const type = binding.guessHandleType(fd);
  let stream;
  if (type === 'TTY') {
    stream = new (require('tty').WriteStream)(fd);
    stream._type = 'tty';
  } else {
    stream = new StdioWriter(fd);
    stream._type = type === 'FILE' ? 'fs' : 'pipe';
  }
  return markStdio(stream, fd);
}

function createStdin() {
  const type = binding.guessHandleType(0);
  let stdin;
  switch (type) {
    case 'TTY':
      stdin = new (require('tty').ReadStream)(0);
      break;
    case 'FILE':
      stdin = new (require('internal/fs/streams').ReadStream)(null, { fd: 0, autoClose: false });
      break;
    case 'PIPE':
    case 'TCP':
      stdin = new StdinReader(0);
      break;
    default:
      // No usable stdin (closed): an empty stream.
      stdin = new Readable({ read() {} });
      stdin.push(null);
  }
  stdin.fd = 0;
  return stdin;
}

module.exports = { createWritableStdioStream, createStdin, StdioWriter, StdinReader };
