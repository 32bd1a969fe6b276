'use strict';
// The body of a fetch Request or Response: what `init.body` may be (string, ArrayBuffer and
// views, Blob, URLSearchParams, FormData, an async iterable), and the reading methods they share
// (text, json, arrayBuffer, blob, formData, body, bodyUsed). A body is either bytes already in
// memory or an http.IncomingMessage still arriving; either is read once.

const { Buffer } = require('buffer');
const { Blob } = require('internal/blob');
const { extractMimeType, serializeMimeType } = require('internal/fetch/mime');

const kBody = Symbol('body');

function codes() {
  return require('internal/errors').codes;
}

/** A body holder: `bytes` in memory, or `message` (a Readable) to collect; read once. */
function makeBody(bytes, message = null) {
  // mapError: what an error of `message` becomes for the reader (fetch's 'terminated').
  return { bytes, message, pending: null, used: false, stream: null, mapError: null };
}

// A chunk of a body being read as bytes. A ReadableStream must give Uint8Arrays (as Node's
// fetch requires); other async iterables may give anything Buffer.from takes.
function chunkBytes(chunk, fromStream) {
  if (fromStream) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

function bodyError(holder, error) {
  return holder.mapError ? holder.mapError(error) : error;
}

let FormDataClass;
function isFormData(value) {
  FormDataClass ??= require('internal/fetch/formdata').FormData;
  return value instanceof FormDataClass;
}

/**
 * `init.body` (already converted by toBodyInit) as { body, type }: the bytes (or an async
 * iterable to send as it comes) and the Content-Type it implies (null: none).
 */
function extractBody(object, keepalive = false) {
  if (typeof object === 'string') {
    return { body: makeBody(Buffer.from(object, 'utf8')), type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    return { body: makeBody(Buffer.from(object.toString(), 'utf8')), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { body: makeBody(Buffer.from(new Uint8Array(object).slice())), type: null };
  }
  if (ArrayBuffer.isView(object)) {
    const view = new Uint8Array(object.buffer, object.byteOffset, object.byteLength);
    return { body: makeBody(Buffer.from(view.slice())), type: null };
  }
  if (isFormData(object)) {
    const { boundary, pending } = require('internal/fetch/formdata').serialize(object);
    const body = makeBody(null);
    body.pending = pending;
    return { body, type: `multipart/form-data; boundary=${boundary}` };
  }
  if (object instanceof Blob) {
    const body = makeBody(null);
    body.pending = object.arrayBuffer().then((buffer) => Buffer.from(buffer));
    return { body, type: object.type || null };
  }
  if (object != null && typeof object[Symbol.asyncIterator] === 'function') {
    if (keepalive) throw new TypeError('keepalive');
    if (object.locked || require('stream').isDisturbed(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: makeBody(null, object), type: null };
  }
  return { body: makeBody(Buffer.from(`${object}`, 'utf8')), type: 'text/plain;charset=UTF-8' };
}

/** WebIDL's BodyInit conversion: streams, async iterables and the byte sources pass; anything else is a DOMString. */
function toBodyInit(value, prefix, argument) {
  if (value instanceof webReadableStream() || value?.[Symbol.asyncIterator]) return value;
  if (typeof value === 'string') return value.toWellFormed();
  if (value instanceof Blob || ArrayBuffer.isView(value) || value instanceof ArrayBuffer ||
      isFormData(value) || value instanceof URLSearchParams) {
    return value;
  }
  return require('internal/fetch/webidl').toDOMString(value, prefix, argument);
}

function webReadableStream() {
  return require('stream/web').ReadableStream;
}

function unusable() {
  return new TypeError('Body is unusable: Body has already been read');
}

/** Reads the whole body once: a promise of a Buffer. */
function consume(holder) {
  if (holder === null) return Promise.resolve(Buffer.alloc(0));
  if (holder.used || holder.stream?.locked) return Promise.reject(unusable());
  holder.used = true;
  return collect(holder);
}

// The bytes of a body, whichever form it has (without marking it used).
function collect(holder) {
  if (holder.pending) return holder.pending;
  if (holder.bytes) return Promise.resolve(holder.bytes);
  const source = holder.message;
  holder.pending = (async () => {
    const chunks = [];
    const fromStream = source instanceof webReadableStream();
    try {
      for await (const chunk of source) chunks.push(chunkBytes(chunk, fromStream));
    } catch (error) {
      throw bodyError(holder, error);
    }
    return Buffer.concat(chunks);
  })();
  return holder.pending;
}

/** Installs the Body mixin (Fetch standard) on a class whose instances keep their body in kBody. */
function installBodyMixin(Class) {
  const { brandCheck } = require('internal/fetch/webidl');
  Object.defineProperties(Class.prototype, {
    body: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        brandCheck(this, Class);
        const holder = this[kBody];
        if (holder === null) return null;
        holder.stream ??= toWebStream(holder);
        return holder.stream;
      },
    },
    bodyUsed: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        brandCheck(this, Class);
        const holder = this[kBody];
        return holder !== null && holder.used;
      },
    },
  });
  // Each method checks its receiver inside the promise (a wrong `this` rejects).
  const consumeAs = (convert) => async function consumeBody() {
    brandCheck(this, Class);
    return convert(await consume(this[kBody]), this);
  };
  const methods = {
    text: consumeAs(utf8Decode),
    json: consumeAs((bytes) => JSON.parse(utf8Decode(bytes))),
    arrayBuffer: consumeAs((bytes) => new Uint8Array(bytes).buffer),
    bytes: consumeAs((bytes) => new Uint8Array(bytes)),
    blob: consumeAs((bytes, object) => {
      const mime = extractMimeType(object.headers);
      return new Blob([bytes], { type: mime === null ? '' : serializeMimeType(mime) });
    }),
    formData: consumeAs((bytes, object) => {
      const { FormData } = require('internal/fetch/formdata');
      const mime = extractMimeType(object.headers);
      if (mime !== null && mime.essence === 'multipart/form-data') {
        const form = new FormData();
        const entries = parseMultipart(bytes, mime);
        if (entries === null) throw new TypeError('Failed to parse body as FormData.');
        for (const [name, value] of entries) form.append(name, value);
        return form;
      }
      if (mime !== null && mime.essence === 'application/x-www-form-urlencoded') {
        const form = new FormData();
        for (const [name, value] of new URLSearchParams(bytes.toString('utf8'))) form.append(name, value);
        return form;
      }
      throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
    }),
  };
  for (const name of Object.keys(methods)) {
    const method = methods[name];
    Object.defineProperty(method, 'name', { __proto__: null, value: name });
    Object.defineProperty(Class.prototype, name, {
      __proto__: null, configurable: true, enumerable: true, writable: true, value: method,
    });
  }
}

// UTF-8 decoding as the Encoding standard's "UTF-8 decode" does it (a leading BOM is dropped).
function utf8Decode(bytes) {
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}

const CR = 0x0d;
const LF = 0x0a;
const multipartTokenRegExp = /^[!#$%&'*+\-.^_|~A-Za-z0-9]+$/;

function startsWithAt(bytes, prefix, at) {
  return bytes.length - at >= prefix.length && bytes.subarray(at, at + prefix.length).equals(prefix);
}

// Collects bytes from position.at while `keep(byte)` holds.
function collectBytes(bytes, position, keep) {
  const start = position.at;
  while (position.at < bytes.length && keep(bytes[position.at])) position.at++;
  return bytes.subarray(start, position.at);
}

/**
 * A multipart/form-data body as [name, value] entries (values strings or Files), following the
 * parser of Node's fetch (the HTML standard's algorithm); null when malformed.
 */
function parseMultipart(input, mime) {
  const boundaryString = mime.parameters.get('boundary');
  if (boundaryString === undefined) return null;
  const boundary = Buffer.from(`--${boundaryString}`, 'utf8');
  const entries = [];
  const position = { at: 0 };
  // Leading and trailing CRLFs around the whole body are ignored.
  while (input[position.at] === CR && input[position.at + 1] === LF) position.at += 2;
  let trailing = input.length;
  while (input[trailing - 1] === LF && input[trailing - 2] === CR) trailing -= 2;
  if (trailing !== input.length) input = input.subarray(0, trailing);
  for (;;) {
    if (!startsWithAt(input, boundary, position.at)) return null;
    position.at += boundary.length;
    if ((position.at === input.length - 2 && startsWithAt(input, Buffer.from('--'), position.at)) ||
        (position.at === input.length - 4 && startsWithAt(input, Buffer.from('--\r\n'), position.at))) {
      return entries;
    }
    if (input[position.at] !== CR || input[position.at + 1] !== LF) return null;
    position.at += 2;
    const head = parsePartHeaders(input, position);
    if (head === null) return null;
    position.at += 2;
    const boundaryIndex = input.indexOf(boundary.subarray(2), position.at);
    if (boundaryIndex === -1) return null;
    let body = input.subarray(position.at, boundaryIndex - 4);
    position.at += body.length;
    if (head.encoding === 'base64') body = Buffer.from(body.toString(), 'base64');
    if (input[position.at] !== CR || input[position.at + 1] !== LF) return null;
    position.at += 2;
    let value;
    if (head.filename !== null) {
      let type = head.contentType ?? 'text/plain';
      if (!/^[\x00-\x7f]*$/.test(type)) type = '';
      const { File } = require('buffer');
      value = new File([body], head.filename, { type });
    } else {
      value = utf8Decode(Buffer.from(body));
    }
    entries.push([head.name, value]);
  }
}

// The header block of one part: { name, filename, contentType, encoding } or null.
function parsePartHeaders(input, position) {
  let name = null;
  let filename = null;
  let contentType = null;
  let encoding = null;
  const notLineEnd = (byte) => byte !== LF && byte !== CR;
  const restOfLine = () => collectBytes(input, position, notLineEnd).toString('latin1').replace(/[\t ]+$/, '');
  for (;;) {
    if (input[position.at] === CR && input[position.at + 1] === LF) {
      return name === null ? null : { name, filename, contentType, encoding };
    }
    const field = collectBytes(input, position, (byte) => notLineEnd(byte) && byte !== 0x3a)
      .toString('latin1').replace(/^[\t ]+|[\t ]+$/g, '');
    if (!multipartTokenRegExp.test(field)) return null;
    if (input[position.at] !== 0x3a) return null;
    position.at++;
    collectBytes(input, position, (byte) => byte === 0x20 || byte === 0x09);
    switch (field.toLowerCase()) {
      case 'content-disposition': {
        name = filename = null;
        const prefix = Buffer.from('form-data; name="');
        if (!startsWithAt(input, prefix, position.at)) return null;
        position.at += prefix.length;
        name = parsePartName(input, position);
        if (name === null) return null;
        if (startsWithAt(input, Buffer.from('; filename'), position.at)) {
          let check = position.at + 10;
          if (input[check] === 0x2a) {
            position.at++;
            check++;
          }
          if (input[check] !== 0x3d || input[check + 1] !== 0x22) return null;
          position.at += 12;
          filename = parsePartName(input, position);
          if (filename === null) return null;
        }
        break;
      }
      case 'content-type':
        contentType = restOfLine();
        break;
      case 'content-transfer-encoding':
        encoding = restOfLine();
        break;
      default:
        collectBytes(input, position, notLineEnd);
    }
    // (Node's check: only a part that has neither CR nor LF here is malformed.)
    if (input[position.at] !== CR && input[position.at + 1] !== LF) return null;
    position.at += 2;
  }
}

// A quoted name or filename (after its opening quote): null when the closing quote is missing.
function parsePartName(input, position) {
  const raw = collectBytes(input, position, (byte) => byte !== LF && byte !== CR && byte !== 0x22);
  if (input[position.at] !== 0x22) return null;
  position.at++;
  return unescapeName(new TextDecoder().decode(raw));
}

function unescapeName(name) {
  return name.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

// The body as a WHATWG ReadableStream (reading it uses the body up).
function toWebStream(holder) {
  const { ReadableStream } = require('stream/web');
  let started = false;
  // A byte stream, as Node's fetch makes it (chunks are copies: enqueuing transfers them).
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      if (started) return;
      started = true;
      if (holder.used) {
        controller.error(unusable());
        return;
      }
      holder.used = true;
      if (holder.bytes || holder.pending) {
        const bytes = await collect(holder);
        if (bytes.length) controller.enqueue(new Uint8Array(bytes));
        controller.close();
        return;
      }
      const fromStream = holder.message instanceof webReadableStream();
      try {
        for await (const chunk of holder.message) controller.enqueue(new Uint8Array(chunkBytes(chunk, fromStream)));
        controller.close();
      } catch (error) {
        controller.error(bodyError(holder, error));
      }
    },
    cancel(reason) {
      holder.used = true;
      if (holder.message && typeof holder.message.destroy === 'function') holder.message.destroy();
    },
  });
}

/** A second holder reading the same bytes (clone()): both wait for the collected body. */
function cloneBody(holder) {
  if (holder === null) return null;
  if (holder.used) return undefined;
  if (holder.bytes) return makeBody(holder.bytes);
  const pending = collect(holder);
  holder.pending = pending;
  const copy = makeBody(null);
  copy.pending = pending;
  return copy;
}

module.exports = { kBody, makeBody, extractBody, toBodyInit, consume, collect, installBodyMixin, cloneBody };
