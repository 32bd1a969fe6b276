'use strict';
// Duplex: both a Readable and a Writable, with independent buffers (a socket, say). Inherits from
// Readable and copies Writable's methods; `duplex instanceof Writable` works through
// Writable[Symbol.hasInstance]. allowHalfOpen (default true) keeps the writable side open after
// the readable side ended; with false, 'end' also ends the writable side.

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { kOnConstructed } = require('internal/streams/utils');

const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectKeys = Object.keys;
const ObjectSetPrototypeOf = Object.setPrototypeOf;

module.exports = Duplex;

ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

// Writable's enumerable methods (write, end, cork, ...) that Readable does not define.
{
  const keys = ObjectKeys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}
Duplex.prototype.destroy = Writable.prototype.destroy;

// new Duplex(options): Readable's and Writable's options, plus allowHalfOpen, readable: false /
// writable: false (start with that side already ended), readableObjectMode,
// writableObjectMode, readableHighWaterMark, writableHighWaterMark.
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}

// The writable-side accessors (Readable's prototype chain does not have them).
function fromWritable(name) {
  return { __proto__: null, ...ObjectGetOwnPropertyDescriptor(Writable.prototype, name) };
}

ObjectDefineProperties(Duplex.prototype, {
  writable: fromWritable('writable'),
  writableHighWaterMark: fromWritable('writableHighWaterMark'),
  writableObjectMode: fromWritable('writableObjectMode'),
  writableBuffer: fromWritable('writableBuffer'),
  writableLength: fromWritable('writableLength'),
  writableFinished: fromWritable('writableFinished'),
  writableCorked: fromWritable('writableCorked'),
  writableEnded: fromWritable('writableEnded'),
  writableNeedDrain: fromWritable('writableNeedDrain'),
  // Destroyed only when both sides are.
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

Duplex.fromWeb = function fromWeb(pair, options) {
  return require('internal/webstreams/adapters').newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function toWeb(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

// Duplex.from(body): a Duplex from a stream, iterable, async generator function, promise, or
// { readable, writable } pair.
Duplex.from = function(body) {
  return require('internal/streams/duplexify')(body, 'body');
};
