'use strict';
// The body of a fetch Request or Response: what `init.body` may be (string, ArrayBuffer and
// views, Blob, URLSearchParams, FormData, an async iterable), and the reading methods they share
// (text, json, arrayBuffer, blob, formData, body, bodyUsed). A body is either bytes already in
// memory or an http.IncomingMessage still arriving; either is read once.

const { Buffer } = require('buffer');
const { Blob } = require('internal/blob');

const kBody = Symbol('body');

function codes() {
  return require('internal/errors').codes;
}

/** A body holder: `bytes` in memory, or `message` (a Readable) to collect; read once. */
function makeBody(bytes, message = null) {
  return { bytes, message, pending: null, used: false, stream: null };
}

let FormDataClass;
function isFormData(value) {
  FormDataClass ??= require('internal/fetch/formdata').FormData;
  return value instanceof FormDataClass;
}

/**
 * `init.body` as { body, type }: the bytes (or an async iterable to send as it comes) and the
 * Content-Type it implies (null: none).
 */
function extractBody(object) {
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
  if (object instanceof Blob) {
    const body = makeBody(null);
    body.pending = object.arrayBuffer().then((buffer) => Buffer.from(buffer));
    return { body, type: object.type || null };
  }
  if (isFormData(object)) {
    const { boundary, pending } = require('internal/fetch/formdata').serialize(object);
    const body = makeBody(null);
    body.pending = pending;
    return { body, type: `multipart/form-data; boundary=${boundary}` };
  }
  if (object != null && typeof object[Symbol.asyncIterator] === 'function') {
    return { body: makeBody(null, object), type: null };
  }
  return { body: makeBody(Buffer.from(`${object}`, 'utf8')), type: 'text/plain;charset=UTF-8' };
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
    for await (const chunk of source) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks);
  })();
  return holder.pending;
}

function mimeType(object) {
  const type = object.headers.get('content-type');
  return type === null ? '' : type;
}

/** Installs the Body mixin (Fetch standard) on a class whose instances keep their body in kBody. */
function installBodyMixin(Class) {
  Object.defineProperties(Class.prototype, {
    body: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
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
        const holder = this[kBody];
        return holder !== null && holder.used;
      },
    },
  });
  Class.prototype.text = async function text() {
    return utf8Decode(await consume(this[kBody]));
  };
  Class.prototype.json = async function json() {
    return JSON.parse(utf8Decode(await consume(this[kBody])));
  };
  Class.prototype.arrayBuffer = async function arrayBuffer() {
    const bytes = await consume(this[kBody]);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  Class.prototype.blob = async function blob() {
    const bytes = await consume(this[kBody]);
    return new Blob([bytes], { type: mimeType(this) });
  };
  Class.prototype.formData = async function formData() {
    const type = mimeType(this);
    const bytes = await consume(this[kBody]);
    const { FormData } = require('internal/fetch/formdata');
    if (/^application\/x-www-form-urlencoded/i.test(type)) {
      const form = new FormData();
      for (const [name, value] of new URLSearchParams(bytes.toString('utf8'))) form.append(name, value);
      return form;
    }
    if (/^multipart\/form-data/i.test(type)) return parseMultipart(bytes, type, FormData);
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  };
}

// UTF-8 decoding as the Encoding standard's "UTF-8 decode" does it (a leading BOM is dropped).
function utf8Decode(bytes) {
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}

function multipartFailure() {
  return new TypeError('Failed to parse body as FormData.');
}

// A multipart/form-data body as a FormData (string fields and Files).
function parseMultipart(bytes, type, FormData) {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (!match) throw multipartFailure();
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
  const form = new FormData();
  let position = bytes.indexOf(delimiter);
  if (position !== 0 && !(position > 0 && bytes.subarray(0, position).toString('latin1').trim() === '')) throw multipartFailure();
  position += delimiter.length;
  for (;;) {
    if (bytes[position] === 0x2d && bytes[position + 1] === 0x2d) return form;
    if (bytes[position] !== 0x0d || bytes[position + 1] !== 0x0a) throw multipartFailure();
    position += 2;
    const headEnd = bytes.indexOf('\r\n\r\n', position);
    if (headEnd === -1) throw multipartFailure();
    let name = null;
    let filename = null;
    let contentType = '';
    for (const line of bytes.subarray(position, headEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) throw multipartFailure();
      const field = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (field === 'content-disposition') {
        const nameMatch = /(?:^|;)\s*name="([^"]*)"/i.exec(value);
        const fileMatch = /;\s*filename="([^"]*)"/i.exec(value);
        if (nameMatch) name = unescapeName(nameMatch[1]);
        if (fileMatch) filename = unescapeName(fileMatch[1]);
      } else if (field === 'content-type') {
        contentType = value;
      }
    }
    if (name === null) throw multipartFailure();
    const next = bytes.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
    if (next === -1) throw multipartFailure();
    const content = bytes.subarray(headEnd + 4, next);
    if (filename === null) {
      form.append(name, utf8Decode(content));
    } else {
      const { File } = require('buffer');
      form.append(name, new File([content], filename, { type: contentType }));
    }
    position = next + 2 + delimiter.length;
  }
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
      try {
        for await (const chunk of holder.message) {
          controller.enqueue(typeof chunk === 'string' ? new Uint8Array(Buffer.from(chunk)) : new Uint8Array(chunk));
        }
        controller.close();
      } catch (error) {
        controller.error(error);
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

module.exports = { kBody, makeBody, extractBody, consume, collect, installBodyMixin, cloneBody };
