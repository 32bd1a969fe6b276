'use strict';
// node:string_decoder - decodes a stream of byte chunks into text without splitting characters:
// the bytes of a character cut off at the end of one chunk wait in a small buffer until the next
// chunk completes it. The state lives in a 7-byte Buffer laid out as Node's native decoder's (four
// bytes of incomplete character, bytes missing, bytes buffered, encoding), so `lastChar`,
// `lastNeed`, `lastTotal` and util.inspect show what Node shows. Decoding itself is Rust's
// (internalBinding('buffer').decode).

const binding = internalBinding('buffer');
const { Buffer } = require('buffer');
const { encodingIds, normalizeEncoding: normalize } = require('internal/buffer/encodings');

const ArrayBufferIsView = ArrayBuffer.isView;
const ObjectDefineProperties = Object.defineProperties;

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const kNativeDecoder = Symbol('kNativeDecoder');

// Node's numbering of encodings in the decoder state (its C++ `enum encoding`).
const nativeEncodingIds = {
  __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};
const byNativeId = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', undefined, 'base64url'];

function errors() {
  return require('internal/errors').codes;
}

function normalizeEncoding(encoding) {
  const name = normalize(encoding);
  if (name === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(encoding)) {
      throw new (errors().ERR_UNKNOWN_ENCODING)(encoding);
    }
    return encoding;
  }
  return name;
}
const isEncoding = Buffer.isEncoding;

// Decodes bytes[start, end) of a Uint8Array view in encoding `name`.
function makeString(bytes, start, end, name) {
  if (end <= start) return '';
  const result = binding.decode(bytes, encodingIds[name], start, end);
  if (result === null) {
    throw require('internal/errors').nativeError(Error, 'ERR_STRING_TOO_LONG',
      'Cannot create a string longer than 0x1fffffe8 characters');
  }
  return result;
}

// The UTF-8 bookkeeping at the end of a chunk: how many of the last bytes start a character
// that is not complete yet, and how many bytes it still needs.
function utf8Tail(data, start, end, state) {
  let buffered = 0;
  for (let i = end - 1; ; --i) {
    buffered++;
    const byte = data[i];
    if ((byte & 0xC0) === 0x80) {
      if (buffered >= 4 || i === start) return;
      continue;
    }
    let total;
    if ((byte & 0xE0) === 0xC0) total = 2;
    else if ((byte & 0xF0) === 0xE0) total = 3;
    else if ((byte & 0xF8) === 0xF0) total = 4;
    else return;
    if (buffered >= total) return;
    state[kBufferedBytes] = buffered;
    state[kMissingBytes] = total - buffered;
    return;
  }
}

function decode(state, buf) {
  const name = byNativeId[state[kEncodingField]];
  const data = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (name === 'ascii' || name === 'hex' || name === 'latin1') {
    return makeString(data, 0, data.length, name);
  }
  let start = 0;
  const end = data.length;
  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (name === 'utf8') {
      // A byte that should continue the cut-off character but does not: the character ends
      // here (decoding to U+FFFD) and the byte starts a new one.
      for (let i = 0; i < end && i < state[kMissingBytes]; ++i) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], name);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === end) return prepend;

  if (name === 'utf8') {
    if (data[end - 1] & 0x80) utf8Tail(data, start, end, state);
  } else if (name === 'utf16le') {
    if ((end - start) % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xFC) === 0xD8) {
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    const rest = (end - start) % 3;
    state[kBufferedBytes] = rest;
    if (rest > 0) state[kMissingBytes] = 3 - rest;
  }
  let bodyEnd = end;
  if (state[kBufferedBytes] > 0) {
    bodyEnd = end - state[kBufferedBytes];
    state.set(data.subarray(bodyEnd, end), 0);
  }
  const body = makeString(data, start, bodyEnd, name);
  return prepend === '' ? body : prepend + body;
}

function flush(state) {
  const name = byNativeId[state[kEncodingField]];
  if (name === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const result = makeString(state, 0, state[kBufferedBytes], name);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return result;
}

/**
 * StringDecoder(encoding = 'utf8').
 */
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = nativeEncodingIds[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBufferIsView(buf)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new (errors().ERR_INVALID_THIS)('StringDecoder');
  return decode(this[kNativeDecoder], buf);
};

StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) result += flush(this[kNativeDecoder]);
  return result;
};

// Legacy: decodes `buf` from `offset`, forgetting any incomplete character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
