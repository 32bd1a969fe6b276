'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding). The decoder knows the encodings programs use
// in practice: UTF-8, UTF-16LE/BE and windows-1252 (the 'latin1'/'ascii' labels, decoded as
// Latin-1 like Node 20 does), each with `fatal`, `ignoreBOM` and streaming. Bytes are decoded by Rust
// (internalBinding('buffer')); a streaming decode keeps only an incomplete tail for the next call.

const binding = internalBinding('buffer');
const UTF8 = 0;
const UTF16LE = 1;
const LATIN1 = 2;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function errors() {
  return require('internal/errors').codes;
}

function nativeError(Base, code, message) {
  return require('internal/errors').nativeError(Base, code, message);
}

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    return new Uint8Array(binding.encode(`${input}`, UTF8));
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('src', 'string', src);
    if (!(dest instanceof Uint8Array) || dest instanceof Uint8ClampedArray) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    }
    const [read, written] = binding.encodeIntoUtf8(src, dest);
    return { read, written };
  }

  [customInspect](depth, options) {
    return require('internal/util/inspect').inspect({ encoding: this.encoding }, options);
  }
}

// ---- labels ----

const encodingOf = new Map();
for (const label of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']) encodingOf.set(label, 'utf-8');
for (const label of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
  'utf-16le']) encodingOf.set(label, 'utf-16le');
for (const label of ['unicodefffe', 'utf-16be']) encodingOf.set(label, 'utf-16be');
for (const label of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
  'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) encodingOf.set(label, 'windows-1252');

// ASCII whitespace only, as the Encoding standard trims labels.
function trimLabel(label) {
  let start = 0;
  let end = label.length;
  const space = (c) => c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;
  while (start < end && space(label.charCodeAt(start))) start++;
  while (end > start && space(label.charCodeAt(end - 1))) end--;
  return label.slice(start, end).toLowerCase();
}

// ---- incomplete tails for streaming ----

// UTF-8: bytes at the end that start a character the next chunk may complete.
function utf8Tail(bytes) {
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

// UTF-16: an odd byte, plus a high surrogate waiting for its pair.
function utf16Tail(bytes, bigEndian) {
  const n = bytes.length;
  let tail = n & 1;
  if (n - tail >= 2) {
    const i = n - tail - 2;
    const unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF) tail += 2;
  }
  return tail;
}

function viewOf(input) {
  if (input === undefined) return new Uint8Array(0);
  let bytes;
  if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  else if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) bytes = new Uint8Array(input);
  else {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an ' +
      'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  }
  // Rust reads plain ArrayBuffers: shared memory is copied.
  return bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

function invalidData(encoding) {
  return nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
    `The encoded data was not valid for encoding ${encoding}`);
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #started = false;

  constructor(encoding = 'utf-8', options = {}) {
    const name = encodingOf.get(trimLabel(`${encoding}`));
    if (name === undefined) throw new (errors().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    if (options !== null && options !== undefined && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    this.#encoding = name;
    this.#fatal = !!options?.fatal;
    this.#ignoreBOM = !!options?.ignoreBOM;
  }

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
    const encoding = this.#encoding;
    let end = bytes.length;
    if (stream && encoding !== 'windows-1252') {
      const tail = encoding === 'utf-8' ? utf8Tail(bytes) : utf16Tail(bytes, encoding === 'utf-16be');
      if (tail > 0) {
        this.#pending = bytes.slice(end - tail);
        end -= tail;
      }
    }
    let start = 0;
    if (!this.#started && end > 0) {
      this.#started = true;
      if (!this.#ignoreBOM) start = bomLength(bytes, end, encoding);
    }
    if (!stream) this.#started = false;
    try {
      return this.#decode(bytes, start, end);
    } catch (error) {
      this.#pending = null;
      this.#started = false;
      throw error;
    }
  }

  #decode(bytes, start, end) {
    switch (this.#encoding) {
      case 'utf-8':
        if (this.#fatal && !binding.isUtf8(bytes.subarray(start, end))) throw invalidData('utf-8');
        return binding.decode(bytes, UTF8, start, end);
      case 'windows-1252':
        // Node 20 decodes every windows-1252 label as plain Latin-1 (0x80-0x9F stay C1
        // controls); that is the behaviour programs see, so it is the one kept.
        return binding.decode(bytes, LATIN1, start, end);
      default: {
        let region = bytes.subarray(start, end);
        if (this.#encoding === 'utf-16be') region = swapPairs(region);
        const odd = region.length & 1;
        let text = binding.decode(region, UTF16LE, 0, region.length - odd);
        if (!text.isWellFormed() || odd) {
          if (this.#fatal) throw invalidData(this.#encoding);
          // A lead surrogate and a lone byte left at the end are one error, not two.
          const last = text.charCodeAt(text.length - 1);
          if (odd && last >= 0xD800 && last <= 0xDBFF) text = text.slice(0, -1);
          text = text.toWellFormed();
          if (odd) text += '\ufffd';
        }
        return text;
      }
    }
  }

  get encoding() { return this.#encoding; }

  get fatal() { return this.#fatal; }

  get ignoreBOM() { return this.#ignoreBOM; }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return `[${this.constructor.name}]`;
    const inspect = require('internal/util/inspect').inspect;
    const shown = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    return `${this.constructor.name} ${inspect(shown, options)}`;
  }
}

function bomLength(bytes, end, encoding) {
  if (encoding === 'utf-8') {
    return end >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 3 : 0;
  }
  if (encoding === 'utf-16le') return end >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE ? 2 : 0;
  if (encoding === 'utf-16be') return end >= 2 && bytes[0] === 0xFE && bytes[1] === 0xFF ? 2 : 0;
  return 0;
}

function swapPairs(region) {
  const swapped = new Uint8Array(region.length);
  for (let i = 0; i + 1 < region.length; i += 2) {
    swapped[i] = region[i + 1];
    swapped[i + 1] = region[i];
  }
  if (region.length & 1) swapped[region.length - 1] = region[region.length - 1];
  return swapped;
}

Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { __proto__: null, value: 'TextEncoder', configurable: true });
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { __proto__: null, value: 'TextDecoder', configurable: true });
for (const [proto, names] of [[TextEncoder.prototype, ['encoding', 'encode', 'encodeInto']],
  [TextDecoder.prototype, ['decode', 'encoding', 'fatal', 'ignoreBOM']]]) {
  for (const name of names) Object.defineProperty(proto, name, { __proto__: null, enumerable: true });
}

module.exports = { TextEncoder, TextDecoder };
