'use strict';
// node:buffer - Buffer, a Uint8Array subclass with Node's whole API. Text encoding and decoding,
// comparing, searching, filling and swapping run in Rust (internalBinding('buffer')); the numeric
// read/write methods live in internal/buffer/read_write, Blob and File in internal/blob.
//
// As in Node, `Buffer` is a plain function whose prototype is FastBuffer's: `new FastBuffer(...)`
// makes the instances, and small buffers are carved out of a shared 8 KiB pool.

const binding = internalBinding('buffer');
const { encodingIds, normalizeEncoding, lookupEncoding, byteLengthOf } =
  require('internal/buffer/encodings');
const { installReadWrite } = require('internal/buffer/read_write');
const {
  isAnyArrayBuffer, isArrayBufferView, isTypedArray, isUint8Array,
} = require('internal/util/types');
const { validateArray, validateNumber, validateInteger, validateString } =
  require('internal/validators');

const ArrayIsArray = Array.isArray;
const MathFloor = Math.floor;
const MathMin = Math.min;
const MathTrunc = Math.trunc;
const NumberIsNaN = Number.isNaN;
const NumberIsInteger = Number.isInteger;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const SymbolToPrimitive = Symbol.toPrimitive;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayFill = Function.prototype.call.bind(TypedArrayPrototype.fill);
const TypedArraySet = Function.prototype.call.bind(TypedArrayPrototype.set);
const TypedArrayByteLength = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get);
const ArrayBufferIsView = ArrayBuffer.isView;
const TypedArraySlice = Function.prototype.call.bind(TypedArrayPrototype.slice);
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kMaxLength = 2 ** 32;
const kStringMaxLength = binding.MAX_STRING_LENGTH;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;

function errors() {
  return require('internal/errors').codes;
}

function nativeError(Base, code, message) {
  return require('internal/errors').nativeError(Base, code, message);
}

const { FastBuffer } = require('internal/buffer/fast_buffer');

// ---- the pool: small allocations share one ArrayBuffer, as in Node ----

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

// Keeps the next pool slice 8-byte aligned.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ---- the Buffer function and its statics ----

let bufferWarningEmitted = false;

// DEP0005, once, unless the caller lives in node_modules (as Node decides it).
function showDeprecationWarning() {
  if (bufferWarningEmitted) return;
  const stack = new Error().stack;
  const lines = typeof stack === 'string' ? stack.split('\n') : [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('node:')) continue;
    if (/[/\\]node_modules[/\\]/.test(line)) return;
    break;
  }
  bufferWarningEmitted = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use ' +
    'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  'DeprecationWarning', 'DEP0005');
}

/**
 * The deprecated `Buffer(arg, encodingOrOffset, length)` / `new Buffer(...)`.
 */
function Buffer(arg, encodingOrOffset, length) {
  showDeprecationWarning();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

ObjectDefineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
ObjectSetPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new (errors().ERR_INVALID_ARG_TYPE)('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new (errors().ERR_INVALID_ARG_TYPE)('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

// The deprecated SlowBuffer(size): an unpooled Buffer.
function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
SlowBuffer.prototype = FastBuffer.prototype;
ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('buf1', ['Buffer', 'Uint8Array'], buf1);
  }
  if (!isUint8Array(buf2)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('buf2', ['Buffer', 'Uint8Array'], buf2);
  }
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  const pos = binding.concatInto(buffer, list);
  if (pos < 0) {
    const i = -pos - 1;
    throw new (errors().ERR_INVALID_ARG_TYPE)(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
  }
  if (pos < length) TypedArrayFill(buffer, 0, pos, length);
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new (errors().ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  const name = encoding ? lookupEncoding(encoding) : 'utf8';
  return byteLengthOf(string, name === undefined ? 'utf8' : name);
};

// ---- construction helpers ----

function fromString(string, encoding) {
  let name;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    name = 'utf8';
  } else {
    name = lookupEncoding(encoding);
    if (name === undefined) throw new (errors().ERR_UNKNOWN_ENCODING)(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringFast(string, name);
}

// Small strings are written into the pool; large ones become their own ArrayBuffer in Rust.
function fromStringFast(string, name) {
  const id = encodingIds[name];
  const length = byteLengthOf(string, name);
  if (length >= (Buffer.poolSize >>> 1)) return new FastBuffer(binding.encode(string, id));
  if (allocPool === undefined || length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = binding.write(b, string, id, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new (errors().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new (errors().ERR_BUFFER_OUT_OF_BOUNDS)('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArraySet(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- argument checks shared by the prototype methods ----

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!NumberIsInteger(value)) throw new (errors().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) {
    throw new (errors().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
  }
}

function toInteger(n, defaultValue) {
  n = +n;
  if (!NumberIsNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return (n % 1) === 0 ? n : MathFloor(n);
  }
  return defaultValue;
}

// Node's slice offsets: truncated, negative from the end, clamped to [0, length].
function adjustOffset(offset, length) {
  offset = MathTrunc(offset);
  if (offset === 0 || NumberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

// ---- copy, fill, search ----

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new (errors().ERR_OUT_OF_RANGE)('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new (errors().ERR_OUT_OF_RANGE)('sourceStart', `>= 0 && <= ${source.length}`,
        sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new (errors().ERR_OUT_OF_RANGE)('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  return binding.copy(source, target, targetStart, sourceStart, sourceEnd);
}

function fillImpl(buf, value, offset, end, encoding) {
  let name;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    name = normalizeEncoding(encoding);
    if (name === undefined) {
      validateString(encoding, 'encoding');
      throw new (errors().ERR_UNKNOWN_ENCODING)(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((name === 'utf8' && code < 128) || name === 'latin1') value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw new (errors().ERR_BUFFER_OUT_OF_BOUNDS)();
    fillByte(buf, value & 255, offset, end);
    return buf;
  }
  // Node's C++ fill returns early for an empty range, whatever the value.
  if (end <= offset) return buf;
  let pattern;
  if (typeof value === 'string') {
    pattern = new FastBuffer(binding.encode(value, encodingIds[name]));
  } else if (isArrayBufferView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    // Anything else fills with its uint32 value's low byte, as Node's C++ does.
    fillByte(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new (errors().ERR_INVALID_ARG_VALUE)('value', value);
  if (offset > buf.length) throw new (errors().ERR_BUFFER_OUT_OF_BOUNDS)();
  binding.fill(buf, pattern, offset, end);
  return buf;
}

const singleByte = new Uint8Array(1);
// runtime/src/codec.rs's id for UTF-8 that keeps lone surrogates (internal only).
const kWtf8 = 7;

// Fills buf[offset, end) with one byte: short runs in JS, long ones with Rust's memset.
function fillByte(buf, byte, offset, end) {
  if (end - offset < 64) {
    TypedArrayFill(buf, byte, offset, end);
  } else {
    singleByte[0] = byte;
    binding.fill(buf, singleByte, offset, end);
  }
}

// Node's byteOffset rules for indexOf/lastIndexOf (see IndexOfOffset in node_buffer.cc).
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

// `length` is the searched part of the haystack (UCS-2 string searches drop an odd last byte).
function indexOfBytes(buffer, needle, byteOffset, forward, utf16, length = buffer.length) {
  const start = searchStart(length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  if (length === 0 || start <= -1) return -1;
  if ((forward && needle.length + start > length) || needle.length > length) return -1;
  if (utf16) return indexOfUtf16(buffer, needle, start, forward);
  return binding.indexOf(buffer, needle, start, forward);
}

// UCS-2 searches compare 16-bit units: only even offsets match, an odd last byte of the haystack
// or the needle is ignored, and the start offset is rounded down to a unit.
function indexOfUtf16(buffer, needle, start, forward) {
  if (buffer.length < 2 || needle.length < 2) return -1;
  const haystack = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length & ~1);
  const units = new Uint8Array(needle.buffer, needle.byteOffset, needle.length & ~1);
  let from = start & ~1;
  for (;;) {
    const found = binding.indexOf(haystack, units, from, forward);
    if (found === -1 || (found & 1) === 0) return found;
    from = forward ? found + 1 : found - 1;
    if (from < 0) return -1;
  }
}

function indexOfImpl(buffer, value, byteOffset, encoding, forward) {
  // Called on something else (Buffer.prototype.indexOf.call({}, ...)): Node's native check.
  if (!ArrayBuffer.isView(buffer)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // Node searches any view's bytes.
  if (!(buffer instanceof Uint8Array)) buffer = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  // Truncated like the C++ side's integer conversion (which has no -0).
  byteOffset = MathTrunc(byteOffset) + 0;

  if (typeof value === 'number') {
    const start = searchStart(buffer.length, byteOffset, 1, forward);
    if (start <= -1 || buffer.length === 0) return -1;
    singleByte[0] = value >>> 0;
    return binding.indexOf(buffer, singleByte, start, forward);
  }
  const name = encoding === undefined ? 'utf8' : lookupEncoding(encoding);
  if (typeof value === 'string') {
    if (name === undefined) throw new (errors().ERR_UNKNOWN_ENCODING)(encoding);
    if (name === 'utf16le') {
      const needle = new Uint8Array(binding.encode(value, encodingIds.utf16le));
      return indexOfBytes(buffer, needle, byteOffset, forward, true, buffer.length & ~1);
    }
    // A UTF-8 needle keeps lone surrogates as their 3-byte (WTF-8) form, as V8 writes them, so
    // it never matches the U+FFFD that Buffer.from() wrote for them.
    const id = name === 'utf8' ? kWtf8 : encodingIds[name === 'ascii' ? 'latin1' : name];
    const needle = new Uint8Array(binding.encode(value, id));
    return indexOfBytes(buffer, needle, byteOffset, forward, false);
  }
  if (isUint8Array(value)) {
    return indexOfBytes(buffer, value, byteOffset, forward, name === 'utf16le');
  }
  throw new (errors().ERR_INVALID_ARG_TYPE)('value', ['number', 'string', 'Buffer', 'Uint8Array'],
    value);
}

// ---- the prototype ----

const proto = Buffer.prototype;

function stringTooLong() {
  return nativeError(Error, 'ERR_STRING_TOO_LONG',
    `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
}

function decodeRange(buf, id, start, end) {
  const result = binding.decode(buf, id, start, end);
  if (result === null) throw stringTooLong();
  return result;
}

// The per-encoding methods toString and write go through (`this.utf8Slice(...)`), as in Node:
// a program that replaces one of them changes toString/write too.
const sliceNames = {
  __proto__: null, utf8: 'utf8Slice', utf16le: 'ucs2Slice', latin1: 'latin1Slice',
  ascii: 'asciiSlice', base64: 'base64Slice', base64url: 'base64urlSlice', hex: 'hexSlice',
};
const writeNames = {
  __proto__: null, utf8: 'utf8Write', utf16le: 'ucs2Write', latin1: 'latin1Write',
  ascii: 'asciiWrite', base64: 'base64Write', base64url: 'base64urlWrite', hex: 'hexWrite',
};

function toString(encoding, start, end) {
  if (arguments.length === 0) return this.utf8Slice(0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = MathTrunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = MathTrunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return this.utf8Slice(start, end);
  const name = lookupEncoding(encoding);
  if (name === undefined) throw new (errors().ERR_UNKNOWN_ENCODING)(encoding);
  return this[sliceNames[name]](start, end);
};

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = TypedArrayByteLength(this);
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
};

// `<Buffer 68 69 ... N more bytes, extra: props>` as util.inspect prints it.
function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = MathMin(max, this.length);
  const remaining = this.length - max;
  const hex = this.hexSlice(0, shown);
  const pairs = [];
  for (let i = 0; i < hex.length; i += 2) pairs.push(hex.slice(i, i + 2));
  let str = pairs.join(' ');
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const obj = { __proto__: null };
    const { getOwnNonIndexProperties } = require('internal/util/inspect_kinds');
    const keys = getOwnNonIndexProperties(this, ctx.showHidden);
    for (let i = 0; i < keys.length; i++) obj[keys[i]] = this[keys[i]];
    if (keys.length > 0) {
      if (this.length !== 0) str += ', ';
      const utilInspect = require('internal/util/inspect').inspect;
      // '[Object: null prototype] {'.length === 26, and the closing ' }'.
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}


function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) {
    throw new (errors().ERR_OUT_OF_RANGE)('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  if (targetStart > target.length) {
    throw new (errors().ERR_OUT_OF_RANGE)('targetStart', `>= 0 && <= ${target.length}`, targetStart);
  }
  return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

function indexOf(value, byteOffset, encoding) {
  return indexOfImpl(this, value, byteOffset, encoding, true);
};

function lastIndexOf(value, byteOffset, encoding) {
  return indexOfImpl(this, value, byteOffset, encoding, false);
};

function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
  const name = lookupEncoding(encoding);
  if (name === undefined) throw new (errors().ERR_UNKNOWN_ENCODING)(encoding);
  return this[writeNames[name]](string, offset, length);
};

function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

function slice(start, end) {
  return this.subarray(start, end);
};

function swapper(width, bits) {
  const name = `swap${width * 8}`;
  return {
    [name]() {
      if (this.length % width !== 0) throw new (errors().ERR_INVALID_BUFFER_SIZE)(bits);
      binding.swap(this, width);
      return this;
    },
  }[name];
}

// The per-encoding methods Node exposes (`buf.utf8Slice(start, end)`, `buf.hexWrite(...)`),
// which some packages call directly.
const ENCODING_METHOD_NAMES = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// Node's C++ index arguments: undefined -> the default, else a truncated integer >= 0.
function arrayIndex(value, fallback) {
  if (value === undefined) return fallback;
  const n = MathTrunc(+value) || 0;
  if (n < 0) throw indexOutOfRange();
  return n;
}

function checkReceiver(buf) {
  if (!ArrayBufferIsView(buf)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

// `buf.xxxSlice(start, end)` and `buf.xxxWrite(string, offset, length)`: named like Node's and
// of length 0 (they are C++ functions there).
function sliceMethod(name) {
  const id = encodingIds[name === 'ucs2' ? 'utf16le' : name];
  const method = {
    [`${name}Slice`](start, end) {
      checkReceiver(this);
      const length = this.byteLength;
      start = arrayIndex(start, 0);
      end = arrayIndex(end, length);
      if (end < start) end = start;
      if (end > length) throw indexOutOfRange();
      return decodeRange(this, id, start, end);
    },
  }[`${name}Slice`];
  ObjectDefineProperty(method, 'length', { __proto__: null, value: 0, configurable: true });
  return method;
}

function writeMethod(name) {
  const id = encodingIds[name === 'ucs2' ? 'utf16le' : name];
  const method = {
    [`${name}Write`](string, offset, length) {
      checkReceiver(this);
      if (typeof string !== 'string') {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      const size = this.byteLength;
      offset = arrayIndex(offset, 0);
      if (offset > size) throw new (errors().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
      length = MathMin(arrayIndex(length, size - offset), size - offset);
      return binding.write(this, string, id, offset, length);
    },
  }[`${name}Write`];
  ObjectDefineProperty(method, 'length', { __proto__: null, value: 0, configurable: true });
  return method;
}

// Node's own-property order on Buffer.prototype (visible to for-in and getOwnPropertyNames).
installReadWrite(proto);
for (const name of ENCODING_METHOD_NAMES) proto[`${name}Slice`] = sliceMethod(name);
for (const name of ENCODING_METHOD_NAMES) proto[`${name}Write`] = writeMethod(name);
ObjectDefineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

proto.copy = copy;
proto.toString = toString;
proto.equals = equals;
proto.inspect = inspect;
proto[customInspectSymbol] = inspect;
proto.compare = compare;
proto.indexOf = indexOf;
proto.lastIndexOf = lastIndexOf;
proto.includes = includes;
proto.fill = fill;
proto.write = write;
proto.toJSON = toJSON;
proto.subarray = subarray;
proto.slice = slice;
proto.swap16 = swapper(2, '16-bits');
proto.swap32 = swapper(4, '32-bits');
proto.swap64 = swapper(8, '64-bits');
proto.toLocaleString = toString;

// ---- module functions ----

function transcodeError(code, errno) {
  const error = new Error(`Unable to transcode Buffer [${code}]`);
  error.code = code;
  error.errno = errno;
  return error;
}

// buffer.transcode between Node's ICU-backed encodings: utf8, ucs2, latin1/binary and ascii.
// Characters the target cannot hold become '?' (U+FFFD for non-ASCII bytes read as ASCII);
// malformed UTF-8 or UTF-16 input fails as ICU does.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) ?? fromEncoding;
  const to = normalizeEncoding(toEncoding) ?? toEncoding;
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!supported.includes(from) || !supported.includes(to)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  if (from === 'utf8' && to === 'utf16le' && !binding.isUtf8(source)) {
    throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  }
  let text;
  if (from === 'ascii') {
    // Node widens ASCII to UCS-2 byte for byte; other targets see bytes >= 0x80 as invalid.
    const latin1 = decodeRange(source, encodingIds.latin1, 0, source.length);
    text = to === 'utf16le' ? latin1 : replaceAbove(latin1, 0x7f, '\ufffd');
  } else {
    text = decodeRange(source, encodingIds[from], 0, source.length);
  }
  if (from === 'utf16le' && to === 'utf8' && !text.isWellFormed()) {
    throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  }
  if (to === 'latin1' || to === 'ascii') text = replaceAbove(text, to === 'ascii' ? 0x7f : 0xff, '?');
  return new FastBuffer(binding.encode(text, encodingIds[to === 'ascii' ? 'latin1' : to]));
}

// `text` with each character above `limit` (a surrogate pair counting as one) replaced.
function replaceAbove(text, limit, replacement) {
  const parts = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code <= limit) continue;
    parts.push(text.slice(last, i), replacement);
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
      code = text.charCodeAt(i + 1);
      if (code >= 0xDC00 && code <= 0xDFFF) i++;
    }
    last = i + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

// The bytes isUtf8/isAscii check. Rust reads only plain ArrayBuffers, so shared memory is
// copied first; a detached ArrayBuffer is an error, a view of one is empty.
function viewBytes(input, name) {
  if (isAnyArrayBuffer(input)) {
    let bytes;
    try {
      bytes = new Uint8Array(input);
    } catch {
      throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
    }
    return input instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
  }
  if (!isTypedArray(input)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  let bytes;
  try {
    bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } catch {
    return new Uint8Array(0);
  }
  return input.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

function isUtf8(input) {
  return binding.isUtf8(viewBytes(input, 'input'));
}

function isAscii(input) {
  return binding.isAscii(viewBytes(input, 'input'));
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: require('internal/encoding').btoa,
  atob: require('internal/encoding').atob,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
  },
});

// Blob, resolveObjectURL and File load on first use (lazy accessors, as in Node).
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  let value;
  ObjectDefineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get: { [`get ${name}`]() { return value ??= require('internal/blob')[name]; } }[`get ${name}`],
    set: { [`set ${name}`](v) { value = v; } }[`set ${name}`],
  });
}
