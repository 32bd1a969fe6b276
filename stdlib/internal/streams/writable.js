'use strict';
// Writable: the sink side of a stream. An implementation supplies _write(chunk, encoding, cb)
// (and optionally _writev(chunks, cb), _final(cb)); write() hands one chunk at a time to
// _write and queues the rest in `state.buffered` until cb is called. write() returns false once
// `length` (bytes or objects not yet written) reaches highWaterMark; 'drain' follows when the
// queue empties. end() waits for the queue, calls _final, then emits 'prefinish' and 'finish'.
//
// Which callbacks and events run synchronously and which on a later tick is observable and
// follows Node exactly (see onwrite / afterWrite / finishMaybe).

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, kOnConstructed, flagAccessor } =
  require('internal/streams/utils');

const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const FunctionPrototypeSymbolHasInstance = Function.prototype.call.bind(Function.prototype[Symbol.hasInstance]);
const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const SymbolAsyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');
const SymbolHasInstance = Symbol.hasInstance;

const { errorOrDestroy } = destroyImpl;
const BufferPrototype = Buffer.prototype;

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

module.exports = Writable;
Writable.WritableState = WritableState;

ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Writable, Stream);

function nop() {}

const kOnFinishedValue = Symbol('kOnFinishedValue');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

// Writable-only flags (bits 0-8 are shared, see utils.js). Same positions as Node.
const kSync = 1 << 9; //               inside _write(): its callback is "sync"
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11; //         write() returned false: emit 'drain' when empty
const kEnding = 1 << 12; //            end() was called
const kFinished = 1 << 13; //          'finish' was emitted
const kDecodeStrings = 1 << 14; //     turn strings into Buffers before _write
const kWriting = 1 << 15; //           a _write/_writev is in progress
const kBufferProcessing = 1 << 16; //  clearBuffer() is running
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18; //        every queued chunk is a Buffer (for _writev)
const kAllNoop = 1 << 19; //           no queued chunk has a callback
const kOnFinished = 1 << 20; //        end(cb) callbacks are waiting
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26; //     a _write callback is due (a second call is an error)
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29; //          `buffered` holds an array
const kEnded = 1 << 30; //             end() has returned

// An accessor for a value stored under `key` whose presence is flagged by `bit`.
function valueAccessor(bit, key, absent) {
  return {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? this[key] : absent; },
    set(value) {
      this[key] = value;
      if (value) this[kState] |= bit;
      else this[kState] &= ~bit;
    },
  };
}

ObjectDefineProperties(WritableState.prototype, {
  objectMode: flagAccessor(kObjectMode),
  finalCalled: flagAccessor(kFinalCalled),
  needDrain: flagAccessor(kNeedDrain),
  ending: flagAccessor(kEnding),
  ended: flagAccessor(kEnded),
  finished: flagAccessor(kFinished),
  destroyed: flagAccessor(kDestroyed),
  decodeStrings: flagAccessor(kDecodeStrings),
  writing: flagAccessor(kWriting),
  sync: flagAccessor(kSync),
  bufferProcessing: flagAccessor(kBufferProcessing),
  constructed: flagAccessor(kConstructed),
  prefinished: flagAccessor(kPrefinished),
  errorEmitted: flagAccessor(kErrorEmitted),
  emitClose: flagAccessor(kEmitClose),
  autoDestroy: flagAccessor(kAutoDestroy),
  closed: flagAccessor(kClosed),
  closeEmitted: flagAccessor(kCloseEmitted),
  allBuffers: flagAccessor(kAllBuffers),
  allNoop: flagAccessor(kAllNoop),
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kErrored) !== 0 ? this[kErroredValue] : null; },
    set(value) {
      if (value) {
        this[kErroredValue] = value;
        this[kState] |= kErrored;
      } else {
        this[kState] &= ~kErrored;
      }
    },
  },
  // undefined normally; false when a Duplex was created with { writable: false }.
  writable: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kHasWritable) !== 0 ? (this[kState] & kWritable) !== 0 : undefined; },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasWritable | kWritable);
      } else if (value) {
        this[kState] |= kHasWritable | kWritable;
      } else {
        this[kState] |= kHasWritable;
        this[kState] &= ~kWritable;
      }
    },
  },
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  writecb: valueAccessor(kWriteCb, kWriteCbValue, nop),
  afterWriteTickInfo: valueAccessor(kAfterWriteTickInfo, kAfterWriteTickInfoValue, null),
  buffered: valueAccessor(kBuffered, kBufferedValue, []),
});

// WritableState(options, stream, isDuplex): the bookkeeping of one writable side.
function WritableState(options, stream, isDuplex) {
  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy;
  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.writableObjectMode) this[kState] |= kObjectMode;

  // 0 is valid: write() then returns false unless the chunk is written at once.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this[kState] &= ~kDefaultUTF8Encoding;
    this[kDefaultEncodingValue] = defaultEncoding;
  } else {
    throw new (errors().codes.ERR_UNKNOWN_ENCODING)(defaultEncoding);
  }

  // Bytes (or objects) accepted by write() and not yet written by _write.
  this.length = 0;
  // cork() depth.
  this.corked = 0;
  // The callback handed to _write/_writev (one function per stream, not one per chunk).
  this.onwrite = onwrite.bind(undefined, stream);
  // Size of the write in progress.
  this.writelen = 0;
  resetBuffer(this);
  // Write callbacks not yet called; 'finish' waits for 0.
  this.pendingcb = 0;
}

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
  state[kState] &= ~kBuffered;
}

// The queued writes, as { chunk, encoding, callback } records.
WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : ArrayPrototypeSlice(this.buffered, this.bufferedIndex);
};

ObjectDefineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() {
    return (this[kState] & kBuffered) === 0 ? 0 : this[kBufferedValue].length - this.bufferedIndex;
  },
});

// Once an async _construct() is done: write what was queued, finish if end() was called.
WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kWriting) === 0) clearBuffer(stream, this);
  if ((this[kState] & kEnding) !== 0) finishMaybe(stream, this);
};

// new Writable(options): options write, writev, final, destroy, construct, signal,
// highWaterMark, objectMode, decodeStrings, defaultEncoding, emitClose, autoDestroy.
function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };

  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._writableState[kOnConstructed](this);
    });
  }
}

// A Duplex is not a Writable by prototype, but `duplex instanceof Writable` is true.
ObjectDefineProperty(Writable, SymbolHasInstance, {
  __proto__: null,
  value: function(object) {
    if (FunctionPrototypeSymbolHasInstance(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new (errors().codes.ERR_STREAM_CANNOT_PIPE)());
};

// Validates and normalises a chunk, then writes or queues it. Returns true/false (the write()
// result) or the error when writing after end / after destroy.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (cb == null || typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new (errors().codes.ERR_STREAM_NULL_VALUES)();

  if ((state[kState] & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (state[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
    }
    if (typeof chunk === 'string') {
      if ((state[kState] & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (ArrayBufferIsView(chunk)) {
      // (A plain Buffer is recognised by its prototype first: instanceof is slow in Boa.)
      if (ObjectGetPrototypeOf(chunk) !== BufferPrototype && !(chunk instanceof Buffer)) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      encoding = 'buffer';
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if ((state[kState] & kEnding) !== 0) err = new (errors().codes.ERR_STREAM_WRITE_AFTER_END)();
  else if ((state[kState] & kDestroyed) !== 0) err = new (errors().codes.ERR_STREAM_DESTROYED)('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }

  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

// writable.write(chunk[, encoding][, callback]) -> false once the buffer is at highWaterMark.
Writable.prototype.write = function(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

// writable.cork(): queue writes until the matching uncork() (or end()).
Writable.prototype.cork = function() {
  const state = this._writableState;
  state[kState] |= kCorked;
  state.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= ~kCorked;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

// writable.setDefaultEncoding(encoding): the encoding of string chunks written without one.
Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new (errors().codes.ERR_UNKNOWN_ENCODING)(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Starts _write now if nothing else is in progress (and not corked/constructing/errored);
// otherwise queues the chunk.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;

  if ((state[kState] & (kWriting | kErrored | kCorked | kConstructed)) !== kConstructed) {
    if ((state[kState] & kBuffered) === 0) {
      state[kState] |= kBuffered;
      state[kBufferedValue] = [];
    }
    state[kBufferedValue].push({ chunk, encoding, callback });
    if ((state[kState] & kAllBuffers) !== 0 && encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if ((state[kState] & kAllNoop) !== 0 && callback !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    if (callback !== nop) state.writecb = callback;
    state[kState] |= kWriting | kSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }

  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;
  // false after an error or destroy, to stop `while (w.write(x))` loops.
  return ret && (state[kState] & (kDestroyed | kErrored)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state[kState] |= kWriting | kSync | kExpectWriteCb;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new (errors().codes.ERR_STREAM_DESTROYED)('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // The queued writes fail too (even without autoDestroy); the error event comes after cb.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback given to _write/_writev (bound to the stream as state.onwrite).
function onwrite(stream, er) {
  const state = stream._writableState;
  if ((state[kState] & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, new (errors().codes.ERR_MULTIPLE_CALLBACK)());
    return;
  }

  const sync = (state[kState] & kSync) !== 0;
  const cb = (state[kState] & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;

  state.writecb = null;
  state[kState] &= ~(kWriting | kExpectWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if ((state[kState] & kErrored) === 0) {
      state[kErroredValue] = er;
      state[kState] |= kErrored;
    }
    // A Duplex's readable side learns about it too.
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if ((state[kState] & kBuffered) !== 0) clearBuffer(stream, state);

  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }
  // Completed synchronously: the user callback and 'drain' must wait for the next tick. Runs of
  // writes with the same callback share one scheduled afterWrite (a counter, no allocation).
  const needDrain = (state[kState] & kNeedDrain) !== 0 && state.length === 0;
  // Node writes this test as `state & kDestroyed !== 0`, which by operator precedence checks
  // the objectMode bit; object-mode streams therefore always take the tick. Kept for timing.
  const needTick = needDrain || (state[kState] & kObjectMode) !== 0 || cb !== nop;
  if (cb === nop) {
    if ((state[kState] & kAfterWritePending) === 0 && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state[kState] |= kAfterWritePending;
    } else {
      state.pendingcb--;
      if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else if ((state[kState] & kAfterWriteTickInfo) !== 0 && state[kAfterWriteTickInfoValue].cb === cb) {
    state[kAfterWriteTickInfoValue].count++;
  } else if (needTick) {
    state[kAfterWriteTickInfoValue] = { count: 1, cb, stream, state };
    process.nextTick(afterWriteTick, state[kAfterWriteTickInfoValue]);
    state[kState] |= kAfterWritePending | kAfterWriteTickInfo;
  } else {
    state.pendingcb--;
    if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
  }
}

function afterWriteTick(info) {
  const state = info.state;
  state[kState] &= ~kAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  return afterWrite(info.stream, state, info.count, info.cb);
}

// 'drain' (if write() returned false and the buffer is empty), then the write callbacks.
function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  if ((state[kState] & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain && state.length === 0) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
}

// Fails every queued write (and pending end() callbacks) with the stream's error or
// ERR_STREAM_DESTROYED.
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  if ((state[kState] & kBuffered) !== 0) {
    const buffered = state[kBufferedValue];
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const { chunk, callback } = buffered[n];
      state.length -= (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      callback(state.errored ?? new (errors().codes.ERR_STREAM_DESTROYED)('write'));
    }
  }
  callFinishedCallbacks(state, state.errored ?? new (errors().codes.ERR_STREAM_DESTROYED)('end'));
  resetBuffer(state);
}

// Writes out the queue: everything in one _writev call if there is one and more than one chunk
// is queued, else chunk by chunk for as long as each _write completes synchronously.
function clearBuffer(stream, state) {
  if ((state[kState] & (kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed)) !==
      (kBuffered | kConstructed)) {
    return;
  }
  const objectMode = (state[kState] & kObjectMode) !== 0;
  const buffered = state[kBufferedValue];
  const bufferedIndex = state.bufferedIndex;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const allNoop = (state[kState] & kAllNoop) !== 0;
    const callback = allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    // doWrite may reset the queue, so `callback` above needs its own view of it.
    const chunks = allNoop && i === 0 ? buffered : ArrayPrototypeSlice(buffered, i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

// Default _write: delegate to _writev when the implementation only has that.
Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('_write()');
  }
};

Writable.prototype._writev = null;

// writable.end([chunk[, encoding]][, callback]): writes a last chunk, then finishes. The
// callback gets the error, or null after 'finish'.
Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if ((state[kState] & kCorked) !== 0) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // Reported through cb below.
  } else if ((state[kState] & (kEnding | kErrored)) === 0) {
    // (Repeated end() calls are tolerated.)
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new (errors().codes.ERR_STREAM_ALREADY_FINISHED)('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new (errors().codes.ERR_STREAM_DESTROYED)('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if ((state[kState] & kErrored) !== 0) {
      process.nextTick(cb, state[kErroredValue]);
    } else if ((state[kState] & kFinished) !== 0) {
      process.nextTick(cb, null);
    } else {
      state[kState] |= kOnFinished;
      state[kOnFinishedValue] ??= [];
      state[kOnFinishedValue].push(cb);
    }
  }
  return this;
};

// Ready to finish: ending and constructed, with nothing written, queued or failed, and not yet
// finished, destroyed or closed.
function needFinish(state) {
  return (state[kState] & (kEnding | kDestroyed | kConstructed | kFinished | kWriting |
    kErrorEmitted | kCloseEmitted | kErrored | kBuffered)) === (kEnding | kConstructed) &&
    state.length === 0;
}

// The callback given to _final.
function onFinal(stream, state, err) {
  if ((state[kState] & kPrefinished) !== 0) {
    errorOrDestroy(stream, err ?? new (errors().codes.ERR_MULTIPLE_CALLBACK)());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
  } else if (needFinish(state)) {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
    // 'finish' always comes on a later tick than _final's callback (streams rely on it).
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

// Calls _final (once) or, without one, emits 'prefinish' right away.
function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled | kSync;
    state.pendingcb++;
    try {
      stream._final((err) => onFinal(stream, state, err));
    } catch (err) {
      onFinal(stream, state, err);
    }
    state[kState] &= ~kSync;
  } else {
    state[kState] |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishIfStillNeeded, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishIfStillNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

// Emits 'finish' (after the end() callbacks) and auto-destroys - for a Duplex only once the
// readable side has ended as well.
function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;
  callFinishedCallbacks(state, null);
  stream.emit('finish');

  if ((state[kState] & kAutoDestroy) !== 0) {
    const r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  if ((state[kState] & kOnFinished) === 0) return;
  const callbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

ObjectDefineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState[kState] & kClosed) !== 0 : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState[kState] & kDestroyed) !== 0 : false; },
    set(value) {
      if (!this._writableState) return;
      if (value) this._writableState[kState] |= kDestroyed;
      else this._writableState[kState] &= ~kDestroyed;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false &&
        (w[kState] & (kEnding | kEnded | kDestroyed | kErrored)) === 0;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kFinished) !== 0 : false;
    },
  },
  writableObjectMode: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kObjectMode) !== 0 : false;
    },
  },
  writableBuffer: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state && state.getBuffer();
    },
  },
  writableEnded: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kEnding) !== 0 : false;
    },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain : false;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state && state.highWaterMark;
    },
  },
  writableCorked: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state ? state.corked : 0;
    },
  },
  writableLength: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state && state.length;
    },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      const state = this._writableState;
      return state ? state.errored : null;
    },
  },
  writableAborted: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return (state[kState] & (kHasWritable | kWritable)) !== kHasWritable &&
        (state[kState] & (kDestroyed | kErrored)) !== 0 &&
        (state[kState] & kFinished) === 0;
    },
  },
});

// writable.destroy(err, cb): also fails the queued writes and end() callbacks (next tick).
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  if ((state[kState] & (kBuffered | kOnFinished)) !== 0 && (state[kState] & kDestroyed) === 0) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.fromWeb = function fromWeb(writableStream, options) {
  return require('internal/webstreams/adapters').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function toWeb(streamWritable) {
  return require('internal/webstreams/adapters').newWritableStreamFromStreamWritable(streamWritable);
};

// `await using` support: destroys an unfinished stream, resolves once it has closed.
Writable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new (errors().AbortError)();
    this.destroy(error);
  }
  const eos = require('internal/streams/end_of_stream');
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
  });
};
