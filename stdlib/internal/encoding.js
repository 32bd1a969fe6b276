'use strict';
// TextEncoder / TextDecoder (UTF-8, with `fatal`, `ignoreBOM` and streaming) and atob / btoa, over
// the Rust codecs of internalBinding('buffer').

const binding = internalBinding('buffer');
const UTF8 = 0;
const LATIN1 = 2;
const BASE64 = 4;

function errors() {
  return require('internal/errors').codes;
}

// Errors Node raises from its C++ side: plain errors with a `code`, no `[CODE]` in the header.
function nativeError(Base, code, message) {
  return Object.assign(new Base(message), { code });
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    return new Uint8Array(binding.encode(`${input}`, UTF8));
  }
  encodeInto(source, destination) {
    const [read, written] = binding.encodeIntoUtf8(`${source}`, destination);
    return { read, written };
  }
}

const DECODER_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

// How many bytes at the end of `bytes` are the valid start of a UTF-8 character that the next
// chunk may complete (0 when the input ends on a whole character or on invalid bytes).
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const lead = bytes[n - back];
    if ((lead & 0xC0) === 0x80) continue;
    let need = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) need = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 3;
      if (lead === 0xE0) lower = 0xA0;
      if (lead === 0xED) upper = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 4;
      if (lead === 0xF0) lower = 0x90;
      if (lead === 0xF4) upper = 0x8F;
    }
    if (need <= back) return 0;
    if (back >= 2) {
      const second = bytes[n - back + 1];
      if (second < lower || second > upper) return 0;
    }
    return back;
  }
  return 0;
}

function viewOf(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) return new Uint8Array(input);
  throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an ' +
    'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

class TextDecoder {
  #fatal;
  #ignoreBOM;
  #pending = null;
  #started = false;
  constructor(encoding = 'utf-8', options = {}) {
    const label = String(encoding).trim().toLowerCase();
    if (!DECODER_LABELS.has(label)) {
      throw new (errors().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    }
    this.#fatal = !!options?.fatal;
    this.#ignoreBOM = !!options?.ignoreBOM;
  }
  get encoding() { return 'utf-8'; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input = undefined, options = {}) {
    let bytes = viewOf(input);
    const stream = !!options?.stream;
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending, 0);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    let end = bytes.length;
    if (stream) {
      const tail = incompleteTail(bytes);
      if (tail > 0) {
        this.#pending = bytes.slice(end - tail);
        end -= tail;
      }
    }
    let start = 0;
    if (!this.#started && end > 0) {
      this.#started = true;
      if (!this.#ignoreBOM && end >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB &&
          bytes[2] === 0xBF) {
        start = 3;
      }
    }
    if (!stream) this.#started = false;
    if (this.#fatal && !binding.isUtf8(bytes.subarray(start, end))) {
      this.#pending = null;
      this.#started = false;
      throw nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
        'The encoded data was not valid for encoding utf-8');
    }
    return binding.decode(bytes, UTF8, start, end);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

function domException(message, name) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const error = new Error(message);
  error.name = name;
  return error;
}

function btoa(input) {
  if (arguments.length === 0) {
    throw new (errors().ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xFF) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(binding.encode(input, LATIN1));
  return binding.decode(bytes, BASE64, 0, bytes.length);
}

// The WHATWG forgiving-base64 check, with Node's two messages: 'Invalid character' for anything
// outside the alphabet, ASCII whitespace and trailing '=' padding; the "not correctly encoded"
// one only for a length that cannot be base64.
function checkBase64(input) {
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20) continue;
    const inAlphabet = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2B || c === 0x2F;
    if (c === 0x3D) {
      significant++;
      equals++;
      if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
    } else if (inAlphabet) {
      if (equals > 0) throw domException('Invalid character', 'InvalidCharacterError');
      significant++;
    } else {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
  }
  let remainder = significant % 4;
  if (remainder === 0) {
    remainder = (significant - equals) % 4;
  } else if (equals > 0) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  if (remainder === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
}

function atob(input) {
  if (arguments.length === 0) {
    throw new (errors().ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;
  checkBase64(input);
  const bytes = new Uint8Array(binding.encode(input, BASE64));
  return binding.decode(bytes, LATIN1, 0, bytes.length);
}

module.exports = { TextEncoder, TextDecoder, atob, btoa };
