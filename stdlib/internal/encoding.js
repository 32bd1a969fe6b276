'use strict';
// TextEncoder / TextDecoder (UTF-8, with `fatal` and `ignoreBOM`) and atob / btoa.
// (Encodings move to Rust with Buffer; these are the WHATWG-exact JS versions.)

function errors() {
  return require('internal/errors').codes;
}

// Errors Node raises from its C++ side: plain errors with a `code`, no `[CODE]` in the header.
function nativeError(Base, code, message) {
  return Object.assign(new Base(message), { code });
}

function encodeUtf8(input) {
  const bytes = [];
  for (let i = 0; i < input.length; i++) {
    let c = input.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < input.length) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        i++;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xC0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else {
      bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return bytes;
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    return new Uint8Array(encodeUtf8(String(input)));
  }
  encodeInto(source, destination) {
    const bytes = encodeUtf8(String(source));
    let read = 0;
    let written = 0;
    let i = 0;
    while (i < bytes.length) {
      const lead = bytes[i];
      const size = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      if (written + size > destination.length) break;
      for (let k = 0; k < size; k++) destination[written++] = bytes[i + k];
      i += size;
      read += size === 4 ? 2 : 1;
    }
    return { read, written };
  }
}

const DECODER_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

class TextDecoder {
  #fatal;
  #ignoreBOM;
  #pending = [];
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
  decode(input, options = {}) {
    let bytes;
    if (input === undefined) bytes = new Uint8Array(0);
    else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) {
      bytes = new Uint8Array(input);
    } else {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an ' +
        'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    if (this.#pending.length > 0) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending, 0);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = [];
    }
    const stream = !!options?.stream;
    const parts = [];
    let chunk = [];
    let i = 0;
    if (!this.#ignoreBOM && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) i = 3;
    const fail = () => {
      if (this.#fatal) {
        throw nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
          'The encoded data was not valid for encoding utf-8');
      }
      chunk.push(0xFFFD);
    };
    while (i < bytes.length) {
      const b = bytes[i];
      let need = 0;
      let cp = 0;
      let lower = 0x80;
      let upper = 0xBF;
      if (b < 0x80) {
        chunk.push(b);
        i++;
      } else {
        if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b <= 0xEF) {
          need = 2; cp = b & 0xF;
          if (b === 0xE0) lower = 0xA0;
          if (b === 0xED) upper = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3; cp = b & 0x7;
          if (b === 0xF0) lower = 0x90;
          if (b === 0xF4) upper = 0x8F;
        } else {
          fail();
          i++;
          continue;
        }
        let j = 1;
        let ok = true;
        for (; j <= need; j++) {
          if (i + j >= bytes.length) {
            if (stream) {
              this.#pending = Array.from(bytes.subarray(i));
              i = bytes.length;
              ok = null;
            } else {
              ok = false;
            }
            break;
          }
          const c = bytes[i + j];
          if (c < lower || c > upper) { ok = false; break; }
          lower = 0x80;
          upper = 0xBF;
          cp = (cp << 6) | (c & 0x3F);
        }
        if (ok === null) break;
        if (!ok) {
          fail();
          i += j;
          continue;
        }
        chunk.push(cp);
        i += need + 1;
      }
      if (chunk.length > 8192) {
        parts.push(String.fromCodePoint(...chunk));
        chunk = [];
      }
    }
    parts.push(String.fromCodePoint(...chunk));
    return parts.join('');
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

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
  const out = [];
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xFF) throw domException('Invalid character', 'InvalidCharacterError');
  }
  for (let i = 0; i < input.length; i += 3) {
    const a = input.charCodeAt(i);
    const b = i + 1 < input.length ? input.charCodeAt(i + 1) : NaN;
    const c = i + 2 < input.length ? input.charCodeAt(i + 2) : NaN;
    out.push(BASE64[a >> 2], BASE64[((a & 3) << 4) | (b >> 4 & 15)]);
    out.push(Number.isNaN(b) ? '=' : BASE64[((b & 15) << 2) | (c >> 6 & 3)]);
    out.push(Number.isNaN(c) ? '=' : BASE64[c & 63]);
  }
  return out.join('');
}

function atob(input) {
  if (arguments.length === 0) {
    throw new (errors().ERR_MISSING_ARGS)('input');
  }
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const out = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    buffer = (buffer << 6) | BASE64.indexOf(input[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push(String.fromCharCode((buffer >> bits) & 0xFF));
    }
  }
  return out.join('');
}

module.exports = { TextEncoder, TextDecoder, atob, btoa };
