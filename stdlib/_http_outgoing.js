'use strict';
// http.OutgoingMessage: what ServerResponse and ClientRequest share - the header store
// (setHeader/getHeader/...), the head built once (`_storeHeader`: Connection, Content-Length or
// chunked Transfer-Encoding decided as Node decides them), and body writes framed as chunks when
// the length is unknown. Data written before a socket is assigned waits in `outputData`.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar } =
  require('_http_common');
const { validateString } = require('internal/validators');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');

const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const RE_TE_CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;
const crlf = '\r\n';

function codes() {
  return require('internal/errors').codes;
}

function nop() {}

let cachedDate;
function utcDate() {
  if (!cachedDate) {
    cachedDate = new Date().toUTCString();
    setTimeout(() => { cachedDate = undefined; }, 1000 - new Date().getMilliseconds()).unref();
  }
  return cachedDate;
}

/** Throws ERR_INVALID_HTTP_TOKEN unless `name` is a valid header name. */
function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new (codes().ERR_INVALID_HTTP_TOKEN)(label || 'Header name', name);
  }
}

/** Throws unless `value` may be sent as header `name`'s value. */
function validateHeaderValue(name, value) {
  if (value === undefined) throw new (codes().ERR_HTTP_INVALID_HEADER_VALUE)(value, name);
  if (checkInvalidHeaderChar(value)) throw new (codes().ERR_INVALID_CHAR)('header content', name);
}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = [];
  this[kChunkedLength] = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? Stream.getDefaultHighWaterMark();
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  errored: { __proto__: null, get() { return this[kErrored]; } },
  closed: { __proto__: null, get() { return this._closed; } },
  writableFinished: {
    __proto__: null,
    get() {
      return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
    },
  },
  writableObjectMode: { __proto__: null, get() { return false; } },
  writableLength: {
    __proto__: null,
    get() { return this.outputSize + this[kChunkedLength] + (this.socket ? this.socket.writableLength : 0); },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this.socket ? this.socket.writableCorked : this[kCorked]; },
  },
  writableEnded: { __proto__: null, get() { return this.finished; } },
  writableNeedDrain: { __proto__: null, get() { return !this.destroyed && !this.finished && this[kNeedDrain]; } },
  connection: {
    __proto__: null,
    get() { return this.socket; },
    set(value) { this.socket = value; },
  },
  headersSent: { __proto__: null, configurable: true, enumerable: true, get() { return Boolean(this._header); } },
});

// With a socket, corking is the socket's; before one is assigned, the count is kept here and
// chunked writes made while corked are merged into one chunk when the count drops to zero.
OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
  if (!this[kCorked]) flushChunkedBuffer(this);
};

function flushChunkedBuffer(msg) {
  const buffered = msg[kChunkedBuffer];
  if (buffered.length === 0) return;
  const callbacks = [];
  let body = [];
  for (let n = 0; n < buffered.length; n += 3) {
    const chunk = buffered[n];
    body.push(typeof chunk === 'string' ? Buffer.from(chunk, buffered[n + 1]) : chunk);
    if (typeof buffered[n + 2] === 'function') callbacks.push(buffered[n + 2]);
  }
  body = Buffer.concat(body);
  msg[kChunkedBuffer] = [];
  msg[kChunkedLength] = 0;
  msg._send(body.length.toString(16), 'latin1', null);
  msg._send(crlf, null, null);
  msg._send(body, null, null);
  msg._send(crlf, null, callbacks.length ? (err) => { for (const cb of callbacks) cb(err); } : null);
}

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', (socket) => socket.setTimeout(msecs));
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// Sends `data` (after the head, the first time), or queues it until a socket is assigned.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    const header = this._header;
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = header + data;
    } else {
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
  const conn = this.socket;
  if (conn?.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
    header: firstLine,
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) {
        const entry = headers[keys[i]];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, state, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new (codes().ERR_INVALID_ARG_VALUE)('headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
    } else {
      // Own enumerable keys, in for-in order.
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) processHeader(this, state, keys[i], headers[keys[i]], true);
    }
  }

  let { header } = state;
  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + crlf;

  // 204 and 304 responses have no body: chunked framing would corrupt the connection.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }

  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        const timeoutSeconds = Math.floor(this._keepAliveTimeout / 1000);
        let max = '';
        if (~~this._maxRequestsPerSocket > 0) max = `, max=${this._maxRequestsPerSocket}`;
        header += `Keep-Alive: timeout=${timeoutSeconds}${max}\r\n`;
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }

  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + crlf;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      // Neither length nor chunking: the body runs until the connection closes.
      this._last = true;
    }
  }

  if (this.chunkedEncoding !== true && state.trailer) throw new (codes().ERR_HTTP_TRAILER_INVALID)();

  this._header = header + crlf;
  this._headerSent = false;
  // An expected 100-continue needs the head out now, before any body.
  if (state.expect) this._send('');
};

function isCookieField(name) {
  return name.length === 6 && name.toLowerCase() === 'cookie';
}

function isContentDispositionField(name) {
  return name.length === 19 && name.toLowerCase() === 'content-disposition';
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  // With a known length the head goes out with the first body chunk, as UTF-8: Node (PR 46528)
  // reads a Content-Disposition value as Latin-1 bytes first (RFC 6266 section 4.3), so a
  // value holding UTF-8 bytes as Latin-1 characters reaches the wire as those bytes.
  if (self._contentLength && isContentDispositionField(key)) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = Buffer.from(value[i], 'latin1');
    } else {
      value = Buffer.from(value, 'latin1');
    }
  }
  if (Array.isArray(value)) {
    const unique = self[kUniqueHeaders]?.has(key.toLowerCase());
    if ((value.length < 2 || !isCookieField(key)) && !unique) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + crlf;
  matchHeader(self, state, key, value);
}

// Notes the fields that decide the framing and the connection's fate.
function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  if (headers[field] === undefined) {
    headers[field] = [name, value];
    return this;
  }
  const existing = headers[field][1];
  const values = Array.isArray(existing) ? existing : [existing];
  if (Array.isArray(value)) values.push(...value);
  else values.push(value);
  headers[field][1] = values;
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((entry) => entry[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && Boolean(this[kOutHeaders][name.toLowerCase()]);
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new (codes().ERR_HTTP_HEADERS_SENT)('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

// Writes one chunk of the body. Returns whether more may be written, except from end() when
// the body is chunked and the chunk a string: then nothing is sent and the framed chunk with
// the terminating chunk is returned, for end() to send in one write.
function write_(msg, chunk, encoding, callback, fromEnd, endCallback = null) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new (codes().ERR_STREAM_NULL_VALUES)();
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new (codes().ERR_STREAM_WRITE_AFTER_END)();
  else if (msg.destroyed) err = new (codes().ERR_STREAM_DESTROYED)('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (!msg._header) {
    if (fromEnd) {
      len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new (codes().ERR_HTTP_BODY_NOT_ALLOWED)();
    process.nextTick(callback);
    return true;
  }
  const strict = isStrictContentLength(msg);
  if (strict) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    msg[kBytesWritten] += len;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (msg[kCorked] && msg._headerSent) {
      msg[kChunkedBuffer].push(chunk, encoding, callback);
      msg[kChunkedLength] += len;
      ret = msg[kChunkedLength] < msg[kHighWaterMark];
    } else if (typeof chunk === 'string' && asciiCompatible(encoding) &&
               (msg._headerSent || !nonAsciiRegExp.test(msg._header))) {
      // One write of size line, data and CRLF: the framing is ASCII, the same bytes in the
      // chunk's encoding.
      const framed = `${len.toString(16)}\r\n${chunk}\r\n`;
      // end(chunk): end() sends this with the terminating chunk, in one write.
      if (fromEnd && msg._trailer === '') return framed + '0\r\n\r\n';
      ret = msg._send(framed, encoding, callback);
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send(crlf, null, null);
      msg._send(chunk, encoding, null, len);
      ret = msg._send(crlf, null, callback);
    }
  } else if (endCallback !== null && !strict) {
    // end(chunk): the last write carries the 'finish' callback (a strict length is checked
    // after this returns, and a mismatch must not finish).
    msg._send(chunk, encoding, endCallback, len);
    return kSentWithEndCallback;
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

/** What write_() returns when the chunk went out with end()'s callback. */
const kSentWithEndCallback = Symbol('kSentWithEndCallback');

// Encodings in which ASCII text has the same bytes as in latin1, so chunk framing and the head
// can be joined to a string chunk before it is encoded.
// (The head is latin1: one with other characters is sent apart from a UTF-8 chunk.)
const nonAsciiRegExp = /[^\x00-\x7f]/;
function asciiCompatible(encoding) {
  return !encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'latin1';
}

// Whether the body must match a declared Content-Length exactly (strictContentLength).
function isStrictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0, len = value.length; j < len; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new (codes().ERR_INVALID_CHAR)('trailer content', field);
        this._trailer += field + ': ' + value[j] + crlf;
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new (codes().ERR_INVALID_CHAR)('trailer content', field);
      this._trailer += field + ': ' + value + crlf;
    }
  }
};

function onFinish(outmsg) {
  if (outmsg?.socket?._hadError) return;
  outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  // The framed last chunk of a chunked body, when write_() left it to be sent with the
  // terminating chunk.
  let lastChunk = null;
  const finish = onFinish.bind(undefined, this);
  // Whether the body's write carries `finish` (no empty write follows it).
  let sentWithFinish = false;
  // Node corks the socket so that what end() writes goes out together. Before the head is out,
  // on a socket with nothing queued, the head already goes with the body in one write (see
  // _send), so that write can go straight out carrying the 'finish' callback, without the cost
  // of buffering. Not under strictContentLength: a length mismatch throws after the body was
  // written, and what was corked then never leaves (as in Node).
  const socket = this.socket;
  const cork = socket !== null && socket !== undefined &&
    (this._headerSent || this.strictContentLength ||
     socket.writableCorked !== 0 || socket.writableLength !== 0);
  if (chunk) {
    if (this.finished) {
      onError(this, new (codes().ERR_STREAM_WRITE_AFTER_END)(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (cork) socket.cork();
    const written = write_(this, chunk, encoding, null, true, cork ? null : finish);
    if (typeof written === 'string') lastChunk = written;
    else sentWithFinish = written === kSentWithEndCallback;
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new (codes().ERR_STREAM_ALREADY_FINISHED)('end'));
    }
    return this;
  } else if (!this._header) {
    if (cork) socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (isStrictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new (codes().ERR_HTTP_CONTENT_LENGTH_MISMATCH)(this[kBytesWritten], this._contentLength);
  }

  // Chunks merged while corked go before the terminating chunk.
  this[kCorked] = 0;
  flushChunkedBuffer(this);
  if (sentWithFinish) {
    // Sent: the write's callback finishes.
  } else if (lastChunk !== null) {
    this._send(lastChunk, encoding, finish);
  } else if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this.socket && (cork || this.socket.writableCorked)) {
    // Fully uncork the connection on end().
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// Writes what was queued before the socket was assigned.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  // Sends the head now, with no body bytes.
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new (codes().ERR_STREAM_CANNOT_PIPE)());
};

OutgoingMessage.prototype[Symbol.for('nodejs.rejection')] = function captureRejection(err) {
  this.destroy(err);
};

/** The `uniqueHeaders` option: a set of lower-case names sent as one joined line, or null. */
function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (const header of headers) unique.add(header.toLowerCase());
  return unique;
}

module.exports = {
  parseUniqueHeadersOption,
  kHighWaterMark,
  kNeedDrain,
  kOutHeaders,
  kUniqueHeaders,
  OutgoingMessage,
  validateHeaderName,
  validateHeaderValue,
};
