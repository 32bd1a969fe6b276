'use strict';
// Readable: the source side of a stream. An implementation supplies _read(size) and calls
// push(chunk) (push(null) at the end); consumers take data in one of two modes:
//   - flowing: 'data' events (on('data'), resume(), pipe()), paced by pause()/resume();
//   - paused: 'readable' events plus read(n) calls.
// Buffered data lives in `state.buffer` (an array read from `state.bufferIndex` on); `length`
// counts bytes, characters (after setEncoding) or objects (objectMode). _read is called again
// whenever the buffer is below highWaterMark.
//
// The exact tick on which each event fires is observable and matches Node: the scheduling below
// (what runs synchronously, what in process.nextTick) follows Node's order step by step.

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const { kState, kObjectMode, kErrorEmitted, kDestroyed, kCloseEmitted, kErrored, kConstructed,
  kOnConstructed } =
  require('internal/streams/utils');
const { ReadableState, kDecoderValue, kEnded, kEndEmitted, kReading, kSync, kNeedReadable,
  kEmittedReadable, kReadableListening, kResumeScheduled, kMultiAwaitDrain, kReadingMore,
  kDataEmitted, kDecoder, kHasFlowing, kFlowing, kHasPaused, kPaused, kDataListening } =
  require('internal/streams/readable_state');
const { StringDecoder } = require('string_decoder');

const ArrayBufferIsView = ArrayBuffer.isView;
const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const NumberParseInt = Number.parseInt;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolAsyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');

const { errorOrDestroy } = destroyImpl;
const BufferPrototype = Buffer.prototype;

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

module.exports = Readable;
Readable.ReadableState = ReadableState;

ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);

// Once an async _construct() is done: start reading if someone already asked.
ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

// new Readable(options): options read, destroy, construct, signal, highWaterMark, objectMode,
// encoding, emitClose, autoDestroy, defaultEncoding. Callable without `new`.
function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Pre-shape the listener table with the usual events (EventEmitter keeps it as is).
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

// `await using` support: destroys an unfinished stream with an AbortError, resolves once closed.
Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new (errors().AbortError)();
    this.destroy(error);
  }
  const eos = require('internal/streams/end_of_stream');
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// ------------------------------------------------------------------------------------------------
// Putting data in: push() and unshift()

// readable.push(chunk[, encoding]): adds a chunk (null = end of data). Returns whether more
// may be pushed right away (the buffer is below highWaterMark).
Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  return (state[kState] & kObjectMode) === 0 ?
    pushBytes(this, state, chunk, encoding) :
    pushObject(this, state, chunk, encoding);
};

// readable.unshift(chunk[, encoding]): puts a chunk back at the front of the buffer.
Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  return (state[kState] & kObjectMode) === 0 ?
    unshiftBytes(this, state, chunk, encoding) :
    unshiftObject(this, state, chunk);
};

function invalidChunk(stream, chunk) {
  errorOrDestroy(stream, new (errors().codes.ERR_INVALID_ARG_TYPE)(
    'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
}

// `chunk instanceof Buffer`, answered quickly for plain Buffers (instanceof is slow in Boa).
function isBuffer(chunk) {
  return ObjectGetPrototypeOf(chunk) === BufferPrototype || chunk instanceof Buffer;
}

// A Buffer sharing the memory of any ArrayBufferView.
function toBuffer(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // With setEncoding() the buffer holds strings in that encoding: store the same form.
      chunk = state.encoding ?
        Buffer.from(chunk, encoding).toString(state.encoding) :
        Buffer.from(chunk, encoding);
    }
  } else if (ArrayBufferIsView(chunk)) {
    if (!isBuffer(chunk)) chunk = toBuffer(chunk);
  } else if (chunk !== undefined) {
    invalidChunk(stream, chunk);
    return false;
  }
  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObject(stream, state, chunk) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if ((state[kState] & kEndEmitted) !== 0) {
    errorOrDestroy(stream, new (errors().codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT)());
  } else if ((state[kState] & (kDestroyed | kErrored)) !== 0) {
    return false;
  } else {
    addChunk(stream, state, chunk, true);
  }
  return canPushMore(state);
}

function pushBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  // After this, `encoding` is '' when chunk is a Buffer, or the string's encoding when it is
  // a string already in the decoder's encoding.
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (ArrayBufferIsView(chunk)) {
    // (Node tests `instanceof Buffer` first; only non-view objects inheriting from
    // Buffer.prototype could tell the difference.)
    if (!isBuffer(chunk)) chunk = toBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    invalidChunk(stream, chunk);
    return false;
  }

  if (!chunk || chunk.length <= 0) {
    // An empty chunk ends the current _read() without adding anything.
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new (errors().codes.ERR_STREAM_PUSH_AFTER_EOF)());
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;

  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    if (chunk.length === 0) {
      // Only part of a multi-byte character: nothing to hand out yet.
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new (errors().codes.ERR_STREAM_PUSH_AFTER_EOF)());
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;

  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) chunk = state[kDecoderValue].write(chunk);
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// Below highWaterMark (or empty, so that a highWaterMark of 0 still lets data through).
function canPushMore(state) {
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

// Hands a chunk straight to 'data' listeners when flowing with an empty buffer (and not inside
// _read), otherwise buffers it and signals 'readable' if someone waits for it.
function addChunk(stream, state, chunk, addToFront) {
  if ((state[kState] & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) &&
      state.length === 0) {
    clearAwaitDrain(state);
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (!addToFront) {
      state.buffer.push(chunk);
    } else if (state.bufferIndex > 0) {
      state.buffer[--state.bufferIndex] = chunk;
    } else {
      state.buffer.unshift(chunk);
    }
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
  else state.awaitDrainWriters = null;
}

// push(null): flush the decoder, mark ended, and let consumers see the end.
function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if ((state[kState] & kDecoder) !== 0) {
    const rest = state[kDecoderValue].end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : rest.length;
    }
  }
  state[kState] |= kEnded;

  if ((state[kState] & kSync) !== 0) {
    // Inside _read(): emitting now could re-enter read(); go through the next tick.
    emitReadable(stream);
  } else {
    // 'readable' at EOF is synchronous (some modules rely on it).
    state[kState] &= ~kNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadableNow(stream);
  }
}

// Schedules one 'readable' event for the next tick (at most one pending at a time).
function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
      (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  // Ask for the next 'readable' unless flowing (flow() takes care of it), ended, or full.
  if ((state[kState] & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state[kState] |= kNeedReadable;
  }
  flow(stream);
}

// After data was consumed, keep the buffer topped up to highWaterMark by calling read(0) on the
// next tick (once per tick).
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  // Keep reading while no _read() is pending, not ended, and either below highWaterMark or
  // flowing with an empty buffer; stop when a read(0) brings nothing synchronously.
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

// ------------------------------------------------------------------------------------------------
// Taking data out: read()

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 ||
    (state[kState] & (kHasFlowing | kFlowing)) === kHasFlowing;
};

// readable.setEncoding(enc): 'data'/read() yield strings decoded with a StringDecoder; what is
// already buffered is converted now.
Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding; // (setEncoding(null) means utf8)

  const parts = [];
  const buffer = state.buffer;
  for (let i = state.bufferIndex; i < buffer.length; i++) parts.push(decoder.write(buffer[i]));
  const content = parts.join('');
  buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') buffer.push(content);
  state.length = content.length;
  return this;
};

// read(n) larger than highWaterMark raises it to the next power of two (up to 1 GiB).
const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new (errors().codes.ERR_OUT_OF_RANGE)('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) may return right now (0 = nothing yet). NaN means "whatever is there":
// one chunk when flowing, everything otherwise.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (NumberIsNaN(n)) {
    if ((state[kState] & kFlowing) !== 0 && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

// readable.read([n]): returns up to n bytes (all buffered data without n; one object in
// objectMode) or null, calling _read() first when the buffer runs low. read(0) only triggers
// reading / a 'readable' event.
Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!NumberIsInteger(n)) n = NumberParseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state[kState] &= ~kEmittedReadable;

  // read(0) with enough buffered (or at EOF): just signal 'readable' (or 'end').
  if (n === 0 &&
      (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read() first when we need a 'readable' event or the read would leave the buffer below
  // highWaterMark - not when already reading, ended, destroyed, errored or still constructing.
  // _read() may push synchronously, in which case the amount to return is recomputed.
  let doRead = (state[kState] & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if ((state[kState] & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    state[kState] |= kReading | kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    // Empty now: we want to hear about the next chunk as soon as it arrives.
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    // Asked past the end: emit 'end' (next tick).
    if (nOrig !== n && (state[kState] & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

// Removes n bytes/characters (or one object) from the front of the buffer. The caller has
// checked that enough is buffered (or that the stream ended, and then takes everything).
function fromList(n, state) {
  if (state.length === 0) return null;
  const buf = state.buffer;
  const len = buf.length;
  const strings = (state[kState] & kDecoder) !== 0;
  let idx = state.bufferIndex;
  let ret;

  if ((state[kState] & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else if (strings) {
      const parts = [];
      while (idx < len) {
        parts.push(buf[idx]);
        buf[idx++] = null;
      }
      ret = parts.join('');
    } else if (len - idx === 0) {
      ret = Buffer.alloc(0);
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let offset = 0;
      while (idx < len) {
        ret.set(buf[idx], offset);
        offset += buf[idx].length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    // Part of the first chunk (slice() works on both strings and Buffers).
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (strings) {
    const parts = [];
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) {
        parts.push(str);
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          parts.push(str);
          buf[idx++] = null;
        } else {
          parts.push(str.slice(0, n));
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
    ret = parts.join('');
  } else {
    ret = Buffer.allocUnsafe(n);
    const total = n;
    while (idx < len) {
      const data = buf[idx];
      if (n > data.length) {
        ret.set(data, total - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, total - n);
          buf[idx++] = null;
        } else {
          ret.set(data.subarray(0, n), total - n);
          buf[idx] = data.subarray(n);
        }
        break;
      }
    }
  }

  // Reset the array when drained; compact it now and then instead of shifting per read.
  if (idx === len) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}
Readable._fromList = fromList;

// Schedules 'end' once the buffer is drained after push(null).
function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // (An unshift() may have refilled the buffer in the meantime.)
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) !== 0 || state.length !== 0) return;
  state[kState] |= kEndEmitted;
  stream.emit('end');

  if (stream.writable && stream.allowHalfOpen === false) {
    // A Duplex without half-open: ending the readable side ends the writable side.
    process.nextTick(endWritableNT, stream);
  } else if (state.autoDestroy) {
    // For a Duplex, wait until the writable side has finished too.
    const w = stream._writableState;
    if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// The implementation's source of data: push() what is available (push(null) at the end),
// immediately or later. `size` is a hint (the highWaterMark).
Readable.prototype._read = function(size) {
  throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('_read()');
};

// ------------------------------------------------------------------------------------------------
// pipe() / unpipe()

// readable.pipe(dest[, { end }]): writes everything read to dest, pausing while dest.write()
// returns false until dest emits 'drain'; ends dest at 'end' unless { end: false } (never
// process.stdout/stderr). One source may pipe to several destinations.
Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    // Second destination: track the writers we wait on in a Set from now on.
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  let ondrain;
  let cleanedUp = false;

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() {
    dest.end();
  }
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting for this writer's 'drain', stop waiting (or we would never resume).
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }
  // dest.write() returned false: remember to wait for its 'drain', and pause.
  function pause() {
    // (The user may have unpiped during dest.write(): then there is nothing to wait for.)
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      // Added once and kept: adding and removing a listener per 'drain' would be slow.
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  // An error on dest breaks the pipe; it still throws if dest has no other 'error' listener.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er); // emitted by hand on the stream
      else dest.emit('error', er);
    }
  }
  // 'close' or 'finish' on dest unpipes (once).
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  function unpipe() {
    src.unpipe(dest);
  }

  dest.on('unpipe', onunpipe);
  src.on('data', ondata);
  prependListener(dest, 'error', onerror); // before any user handler
  dest.once('close', onclose);
  dest.once('finish', onfinish);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if ((state[kState] & kFlowing) === 0) src.resume();
  return dest;
};

// The 'drain' handler of one pipe destination: resume once no destination is full.
function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        (state[kState] & kDataListening) !== 0) {
      src.resume();
    }
  };
}

// readable.unpipe([dest]): stops piping to dest (or to all), pausing when none is left; each
// destination gets an 'unpipe' event.
Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ------------------------------------------------------------------------------------------------
// Flowing mode: events, resume(), pause()

// Adding a 'data' listener starts the flow (unless paused explicitly); adding a 'readable'
// listener switches to paused mode and schedules a 'readable' event.
Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state[kState] |= kDataListening;
    // (Lets resume() below be a no-op when 'readable' listeners exist: once('readable') cycles.)
    if (this.listenerCount('readable') > 0) state[kState] |= kReadableListening;
    if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
      state[kState] |= kReadableListening | kNeedReadable | kHasFlowing;
      state[kState] &= ~(kFlowing | kEmittedReadable);
      if (state.length) emitReadable(this);
      else if ((state[kState] & kReading) === 0) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const state = this._readableState;
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // Re-evaluated on the next tick, so that once('readable') + resume() in the same tick works.
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    state[kState] &= ~kDataListening;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;

  if ((state[kState] & (kHasPaused | kPaused | kResumeScheduled)) === (kHasPaused | kResumeScheduled)) {
    // A resume() is pending: make it flow.
    state[kState] |= kHasFlowing | kFlowing;
  } else if ((state[kState] & kDataListening) !== 0) {
    self.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state[kState] &= ~(kHasFlowing | kFlowing);
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

// readable.resume(): switch to flowing mode ('data' events), starting on the next tick. With
// 'readable' listeners it only records the wish.
Readable.prototype.resume = function() {
  const state = this._readableState;
  if ((state[kState] & kFlowing) === 0) {
    state[kState] |= kHasFlowing;
    if ((state[kState] & kReadableListening) === 0) state[kState] |= kFlowing;
    else state[kState] &= ~kFlowing;
    if ((state[kState] & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kState] |= kHasPaused;
  state[kState] &= ~kPaused;
  return this;
};

function resumeNT(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) stream.read(0);
}

// readable.pause(): stop 'data' events; data stays buffered.
Readable.prototype.pause = function() {
  const state = this._readableState;
  if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state[kState] |= kHasFlowing;
    state[kState] &= ~kFlowing;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

// While flowing, read() chunk after chunk (each read emits 'data').
function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

// ------------------------------------------------------------------------------------------------
// Async iteration, wrap(), from(), operators (the bulky parts live in their own files)

let iterModule;
function iter() {
  if (iterModule === undefined) iterModule = require('internal/streams/readable_iter');
  return iterModule;
}

// readable.wrap(oldStream): makes a Readable out of an old-style ('data'/'end') stream.
Readable.prototype.wrap = function(stream) {
  return iter().wrap(this, stream);
};

Readable.prototype[SymbolAsyncIterator] = function() {
  return iter().streamToAsyncIterator(this);
};

// readable.iterator({ destroyOnReturn }): the async iterator, with options.
Readable.prototype.iterator = function(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  return iter().streamToAsyncIterator(this, options);
};

// ------------------------------------------------------------------------------------------------
// Properties

ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // r.readable === false: the readable side of a Duplex was switched off.
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      // Legacy: lets a user manage `destroyed` by hand.
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});


// Readable.from(iterable[, options]): a Readable producing the iterable's values.
Readable.from = function(iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.fromWeb = function fromWeb(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function toWeb(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

// Readable.wrap(src[, options]): wraps any stream-like object; destroying the result destroys src.
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// The operators (map, filter, toArray, ...), loaded on first use.
require('internal/streams/operator_stubs')(Readable);
