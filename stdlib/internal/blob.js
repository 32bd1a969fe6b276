'use strict';
// Blob and File (buffer.Blob, buffer.File): immutable bytes with a MIME type. The parts are copied
// into one Uint8Array at construction; slices share it.

const { FastBuffer } = require('internal/buffer/fast_buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const MathMax = Math.max;
const MathMin = Math.min;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kStreamChunkSize = 65536;

function errors() {
  return require('internal/errors').codes;
}

let binding;
function utf8Bytes(string) {
  binding ??= internalBinding('buffer');
  return new Uint8Array(binding.encode(string, 0));
}

// One source part as a Uint8Array (a view where possible; the caller copies it). With
// `endings: 'native'`, line breaks in strings become '\n' (the native ending here).
function partBytes(part, nativeEndings) {
  if (part instanceof Blob) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part);
  if (isArrayBufferView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  let text = `${part}`;
  if (nativeEndings && text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return utf8Bytes(text);
}

// The type option: lowercased, or '' when it has characters outside printable ASCII.
function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const code = type.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return '';
  }
  return type.toLowerCase();
}

function checkThis(value) {
  if (!(value instanceof Blob)) throw new (errors().ERR_INVALID_THIS)('Blob');
}

// Relative slice positions, as Blob.prototype.slice defines them.
function relative(position, size) {
  if (position < 0) return MathMax(size + position, 0);
  return MathMin(position, size);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('sources', 'a sequence', sources);
    }
    if (options !== undefined && options !== null &&
        (typeof options !== 'object' && typeof options !== 'function')) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'a dictionary', options);
    }
    const { type = '', endings = 'transparent' } = options ?? {};
    if (endings !== 'transparent' && endings !== 'native') {
      throw new (errors().ERR_INVALID_ARG_VALUE)('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings === 'native');
      parts.push(bytes);
      length += bytes.length;
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
  }

  get type() {
    checkThis(this);
    return this[kType];
  }

  get size() {
    checkThis(this);
    return this[kBytes].length;
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    checkThis(this);
    const size = this[kBytes].length;
    const from = relative(Math.trunc(+start) || 0, size);
    const to = relative(Math.trunc(+end) || 0, size);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].subarray(from, MathMax(from, to));
    return blob;
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(new (errors().ERR_INVALID_THIS)('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  text() {
    if (!(this instanceof Blob)) return Promise.reject(new (errors().ERR_INVALID_THIS)('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length).toString());
  }

  bytes() {
    if (!(this instanceof Blob)) return Promise.reject(new (errors().ERR_INVALID_THIS)('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  // A byte ReadableStream of the bytes, in chunks of at most 64 KiB (each a fresh copy, since
  // byte streams transfer the buffers they are given).
  stream() {
    checkThis(this);
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const bytes = this[kBytes];
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const end = MathMin(offset + kStreamChunkSize, bytes.length);
        const chunk = bytes.slice(offset, end);
        offset = end;
        controller.enqueue(chunk);
        if (offset >= bytes.length) controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { __proto__: null, enumerable: true });
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new (errors().ERR_MISSING_ARGS)('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lastModified = options?.lastModified;
    if (lastModified === undefined) {
      this.#lastModified = Date.now();
    } else {
      const value = +lastModified;
      this.#lastModified = Number.isNaN(value) ? 0 : value;
    }
  }

  get name() {
    if (!(this instanceof File)) throw new (errors().ERR_INVALID_THIS)('File');
    return this.#name;
  }

  get lastModified() {
    if (!(this instanceof File)) throw new (errors().ERR_INVALID_THIS)('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true,
});
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { __proto__: null, enumerable: true });
}

// Blob URLs: `blob:nodedata:<uuid>` -> the Blob, until revoked.
const objectURLs = new Map();
const kPrefix = 'blob:nodedata:';

function randomUUID() {
  const hex = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function createObjectURL(obj) {
  if (!(obj instanceof Blob)) throw new (errors().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
  const id = randomUUID();
  objectURLs.set(id, obj);
  return `${kPrefix}${id}`;
}

// The id of a `blob:nodedata:` URL (without any fragment), or undefined.
function objectURLId(url) {
  url = `${url}`;
  if (!url.startsWith(kPrefix)) return undefined;
  const hash = url.indexOf('#');
  return url.slice(kPrefix.length, hash === -1 ? url.length : hash);
}

function revokeObjectURL(url) {
  const id = objectURLId(url);
  if (id !== undefined) objectURLs.delete(id);
}

function resolveObjectURL(url) {
  const id = objectURLId(url);
  return id === undefined ? undefined : objectURLs.get(id);
}

module.exports = { Blob, File, resolveObjectURL, createObjectURL, revokeObjectURL };
