'use strict';
// The zlib stream classes (Deflate, Gzip, ..., BrotliDecompress): Transform streams over an engine
// in internalBinding('zlib').
//
// Node runs each chunk on the worker pool; coil runs it on the JS thread in a setImmediate
// callback (the check phase, right after the poll phase where Node's pool results arrive), so
// writes, 'data' and callbacks interleave as in Node. The native calls each stop after a few
// chunkSizes of output (see `processChunk`), so no single call is unbounded. Output is cut into chunkSize pieces the way Node's fixed output buffer cuts it.
//
// The stream modules load on the first construction (ZlibBase re-parents onto Transform then),
// so programs that only use the *Sync functions never load them; before that first construction
// `Deflate.prototype instanceof Transform` is false.

const binding = internalBinding('zlib');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const { Buffer } = require('buffer'); // also puts Buffer's methods on FastBuffer.prototype
const constants = require('internal/zlib/constants');
const {
  parseOptions, createHandle, checkRangesOrGetDefault, zlibError, isBrotli, modes,
} = require('internal/zlib/options');

const FunctionPrototypeBind = Function.prototype.call.bind(Function.prototype.bind);
const MathMin = Math.min;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectApply = Reflect.apply;

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
} = constants;

// Statuses in the arrays binding.write returns (runtime/src/bindings/zlib/mod.rs).
const MORE = 1;
const FAILED = 2;
// Output one native call may produce before JS pushes it and asks for more, in chunkSizes.
const kPiecesPerCall = 4;

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const kBrotli = Symbol('kBrotli');

let Transform;
let nextTick;
let setImmediate;
let finished;
function wire() {
  if (Transform !== undefined) return;
  Transform = require('internal/streams/transform');
  nextTick = process.nextTick;
  setImmediate = require('timers').setImmediate;
  finished = require('internal/streams/end_of_stream');
  ObjectSetPrototypeOf(ZlibBase.prototype, Transform.prototype);
  ObjectSetPrototypeOf(ZlibBase, Transform);
}

// zlib's flush values ranked by how much they flush (Z_BLOCK sits below Z_PARTIAL_FLUSH).
const flushRank = [];
flushRank[Z_NO_FLUSH] = 0;
flushRank[Z_BLOCK] = 1;
flushRank[Z_PARTIAL_FLUSH] = 2;
flushRank[Z_SYNC_FLUSH] = 3;
flushRank[Z_FULL_FLUSH] = 4;
flushRank[Z_FINISH] = 5;
function maxFlush(a, b) {
  return flushRank[a] > flushRank[b] ? a : b;
}

function ZlibBase(config, handle) {
  wire();
  ReflectApply(Transform, this, [{ autoDestroy: true, ...config.opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outOffset = 0;
  this._chunkSize = config.chunkSize;
  this._defaultFlushFlag = config.flush;
  this._finishFlushFlag = config.finishFlush;
  this._defaultFullFlushFlag = config.fullFlush;
  this._info = config.opts ? config.opts.info : undefined;
  this._maxOutputLength = config.maxOutputLength;
  this[kBrotli] = isBrotli(config.mode);
}

ObjectDefineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this._handle; },
});

// Node's deprecated alias of bytesWritten.
ObjectDefineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this.bytesWritten; },
  set(value) { this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function reset() {
  if (this._handle) binding.reset(this._handle);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(new FastBuffer(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = new FastBuffer(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(error, callback) {
  if (this._handle) {
    binding.close(this._handle);
    this._handle = null;
  }
  callback(error);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk before end() is also the finishing one.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = this[kBrotli] ? this._finishFlushFlag : maxFlush(flushFlag, this._finishFlushFlag);
  }
  setImmediate(processChunk, this, chunk, flushFlag, callback);
};

// Node's semi-public `_processChunk(chunk, flushFlag[, callback])`. With a callback it is the
// asynchronous step `_transform` takes; without one it runs the chunk through the engine at once,
// closes the engine (without a 'close' event) and returns the output, as Node's does.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback === 'function') {
    processChunk(this, chunk, flushFlag, callback);
    return undefined;
  }
  const handle = this._handle;
  if (!handle) {
    const { ERR_STREAM_DESTROYED } = require('internal/errors').codes;
    throw new ERR_STREAM_DESTROYED('_processChunk');
  }
  const pieces = [];
  let input = chunk.byteLength > 0 ? chunk : undefined;
  for (;;) {
    const result = binding.write(handle, flushFlag, input, this._chunkSize * kPiecesPerCall);
    input = undefined;
    pieces.push(new FastBuffer(result[0]));
    if (result[1] === FAILED) {
      const error = zlibError(result[2], result[3]);
      this[kError] = error;
      this.destroy();
      throw error;
    }
    if (result[1] !== MORE) break;
  }
  this.bytesWritten = chunk.byteLength;
  binding.close(handle);
  this._handle = null;
  return Buffer.concat(pieces);
};

// Runs one chunk through the engine, pushing output as it comes.
function processChunk(self, chunk, flushFlag, callback) {
  const handle = self._handle;
  if (!handle) {
    nextTick(callback);
    return;
  }
  self.bytesWritten += chunk.byteLength;
  let input = chunk.byteLength > 0 ? chunk : undefined;
  const limit = self._chunkSize * kPiecesPerCall;
  for (;;) {
    const result = binding.write(handle, flushFlag, input, limit);
    input = undefined;
    pushOutput(self, result[0]);
    if (result[1] === FAILED) {
      const error = zlibError(result[2], result[3]);
      self[kError] = error;
      self.destroy(error);
      return;
    }
    if (result[1] !== MORE || self._handle === null) break;
  }
  callback();
}

// Pushes `arrayBuffer` in the pieces Node's chunkSize output buffer would give.
function pushOutput(self, arrayBuffer) {
  const total = arrayBuffer.byteLength;
  let offset = 0;
  while (offset < total) {
    const available = self._chunkSize - self._outOffset;
    const length = MathMin(available, total - offset);
    self.push(new FastBuffer(arrayBuffer, offset, length));
    offset += length;
    self._outOffset = length === available ? 0 : self._outOffset + length;
  }
}

// Zlib: the deflate/inflate family.
function Zlib(opts, mode) {
  const config = parseOptions(mode, opts);
  ReflectApply(ZlibBase, this, [config, createHandle(config)]);
  this._level = config.level;
  this._strategy = config.strategy;
}
ObjectSetPrototypeOf(Zlib.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zlib, ZlibBase);

function paramsAfterFlushCallback(level, strategy, callback) {
  if (this._handle) {
    const result = binding.params(this._handle, level, strategy);
    pushOutput(this, result[0]);
    if (result[1] === FAILED) {
      this.destroy(zlibError(result[2], result[3]));
      return;
    }
    this._level = level;
    this._strategy = strategy;
  }
  if (callback) callback();
}

ZlibBase.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH,
               FunctionPrototypeBind(paramsAfterFlushCallback, this, level, strategy, callback));
  } else {
    nextTick(callback);
  }
};

// Brotli: the Brotli encoder and decoder.
function Brotli(opts, mode) {
  const config = parseOptions(mode, opts);
  ReflectApply(ZlibBase, this, [config, createHandle(config)]);
}
ObjectSetPrototypeOf(Brotli.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Brotli, ZlibBase);

function defineClass(name, Base, mode) {
  const Class = {
    [name]: function(opts) {
      if (!new.target) return new Class(opts);
      ReflectApply(Base, this, [opts, mode]);
    },
  }[name];
  ObjectSetPrototypeOf(Class.prototype, Base.prototype);
  ObjectSetPrototypeOf(Class, Base);
  return Class;
}

const classes = {
  Deflate: defineClass('Deflate', Zlib, modes.DEFLATE),
  Inflate: defineClass('Inflate', Zlib, modes.INFLATE),
  Gzip: defineClass('Gzip', Zlib, modes.GZIP),
  Gunzip: defineClass('Gunzip', Zlib, modes.GUNZIP),
  DeflateRaw: defineClass('DeflateRaw', Zlib, modes.DEFLATERAW),
  InflateRaw: defineClass('InflateRaw', Zlib, modes.INFLATERAW),
  Unzip: defineClass('Unzip', Zlib, modes.UNZIP),
  BrotliCompress: defineClass('BrotliCompress', Brotli, modes.BROTLI_ENCODE),
  BrotliDecompress: defineClass('BrotliDecompress', Brotli, modes.BROTLI_DECODE),
};

module.exports = { classes, ZlibBase, Zlib, Brotli };
