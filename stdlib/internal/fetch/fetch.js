'use strict';
// fetch(), Request and Response (the Fetch standard as Node's fetch implements it), over the
// http client with a keep-alive agent of its own. http: URLs only: https: needs TLS, which coil
// does not have yet (a clear error). Redirects are followed (up to 20) unless `redirect` says
// otherwise. Network failures reject with `TypeError: fetch failed` whose `cause` is the socket
// error, as in Node. Bodies sent with gzip, deflate or br content codings are decoded (zlib).

const { Headers, headersFromRaw, headerPairs, setGuard, setInternal, fill } = require('internal/fetch/headers');
const { kBody, makeBody, extractBody, collect, installBodyMixin, cloneBody } = require('internal/fetch/body');

const kState = Symbol('state');
const kHeaders = Symbol('headers');
const kSignal = Symbol('signal');

// Ports the Fetch standard forbids ("bad ports").
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
  87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666,
  6667, 6668, 6669, 6679, 6697, 10080]);
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const nullBodyStatuses = new Set([101, 204, 205, 304]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function codes() {
  return require('internal/errors').codes;
}

function parseURL(input, base) {
  try {
    return new URL(`${input}`, base);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

let patchWarned = false;
function normalizeMethod(method) {
  const { _checkIsHttpToken: checkIsHttpToken } = require('_http_common');
  if (!checkIsHttpToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  if (method === 'patch' && !patchWarned) {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return normalizedMethods.has(upper) ? upper : method;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    init ??= {};
    let state;
    if (input instanceof Request) {
      const from = input[kState];
      state = { ...from, headers: null };
      this[kHeaders] = new Headers(input.headers);
      const inputBody = input[kBody];
      this[kBody] = null;
      // Without a new body, the input's body moves to the new request (the input counts as used).
      if (init.body == null && inputBody !== null) {
        if (inputBody.used || inputBody.stream?.locked) {
          throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
        }
        this[kBody] = cloneBody(inputBody);
        inputBody.used = true;
      }
    } else {
      const url = parseURL(input);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = { url, method: 'GET', redirect: 'follow', keepalive: false };
      this[kHeaders] = new Headers();
      this[kBody] = null;
    }
    if (init.method !== undefined) state.method = normalizeMethod(`${init.method}`);
    if (init.redirect !== undefined) {
      if (!['follow', 'error', 'manual'].includes(`${init.redirect}`)) {
        throw new TypeError(`Request constructor: ${init.redirect} is not an accepted type. Expected one of follow, manual, error.`);
      }
      state.redirect = `${init.redirect}`;
    }
    if (init.mode !== undefined) {
      const mode = `${init.mode}`;
      if (!['same-origin', 'no-cors', 'cors', 'navigate', 'websocket'].includes(mode)) {
        throw new TypeError(`Request constructor: ${mode} is not an accepted type. Expected one of same-origin, no-cors, cors, navigate, websocket.`);
      }
      if (mode === 'navigate') throw new TypeError(`Request constructor: invalid request mode ${mode}.`);
      state.mode = mode;
    }
    if (init.credentials !== undefined) {
      const credentials = `${init.credentials}`;
      if (!['omit', 'same-origin', 'include'].includes(credentials)) {
        throw new TypeError(`Request constructor: ${credentials} is not an accepted type. Expected one of omit, same-origin, include.`);
      }
      state.credentials = credentials;
    }
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.headers !== undefined) {
      this[kHeaders] = new Headers();
      fill(this[kHeaders], init.headers);
    }
    const controller = new AbortController();
    const signal = init.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal != null) {
      if (typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
        throw new TypeError("Request constructor: Expected signal (\"" + signal + "\") to be an instance of AbortSignal.");
      }
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    this[kSignal] = controller.signal;
    if (init.body != null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      const { body, type } = extractBody(init.body);
      if (body.message && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      this[kBody] = body;
      if (type !== null && !this[kHeaders].has('content-type')) setInternal(this[kHeaders], 'content-type', type);
    }
    this[kState] = state;
    setGuard(this[kHeaders], 'request');
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url.href; }
  get headers() { return this[kHeaders]; }
  get destination() { return ''; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }
  get mode() { return this[kState].mode ?? 'cors'; }
  get credentials() { return this[kState].credentials ?? 'same-origin'; }
  get cache() { return 'default'; }
  get redirect() { return this[kState].redirect; }
  get integrity() { return ''; }
  get keepalive() { return this[kState].keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return this[kSignal]; }
  get duplex() { return 'half'; }

  clone() {
    const body = this[kBody];
    if (body !== null && (body.used || body.stream?.locked)) throw new TypeError('unusable');
    let copy;
    this[kBody] = null;
    try {
      copy = new Request(this);
    } finally {
      this[kBody] = body;
    }
    copy[kBody] = cloneBody(body);
    return copy;
  }

  get [Symbol.toStringTag]() {
    return 'Request';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect,
      integrity: this.integrity, keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation, isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(shown, options)}`;
  }
}
installBodyMixin(Request);

class Response {
  constructor(body = null, init = {}) {
    init ??= {};
    // WebIDL unsigned short.
    let status = init.status === undefined ? 200 : Number(init.status);
    status = Number.isFinite(status) ? ((Math.trunc(status) % 65536) + 65536) % 65536 : 0;
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    const statusText = init.statusText === undefined ? '' : `${init.statusText}`;
    if (/[^\t\x20-\x7e\x80-\xff]/.test(statusText)) throw new TypeError('Invalid statusText');
    this[kState] = { status, statusText, type: 'default', urlList: [], redirected: false };
    this[kHeaders] = new Headers();
    if (init.headers !== undefined) fill(this[kHeaders], init.headers);
    this[kBody] = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatuses.has(status)) {
        throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      }
      const extracted = extractBody(body);
      this[kBody] = extracted.body;
      if (extracted.type !== null && !this[kHeaders].has('content-type')) {
        setInternal(this[kHeaders], 'content-type', extracted.type);
      }
    }
    setGuard(this[kHeaders], 'response');
  }

  static error() {
    const response = new Response();
    response[kState].status = 0;
    response[kState].type = 'error';
    setGuard(response[kHeaders], 'immutable');
    return response;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init?.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }

  static redirect(url, status = 302) {
    const parsed = parseURL(url);
    if (!redirectStatuses.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = new Response(null, { status });
    setInternal(response[kHeaders], 'location', parsed.href);
    setGuard(response[kHeaders], 'immutable');
    return response;
  }

  get type() { return this[kState].type; }
  get url() {
    const list = this[kState].urlList;
    return list.length ? list[list.length - 1].href.replace(/#.*$/, '') : '';
  }
  get redirected() { return this[kState].redirected; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kHeaders]; }

  clone() {
    const body = this[kBody];
    if (body !== null && (body.used || body.stream?.locked)) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new Response();
    copy[kState] = { ...this[kState] };
    copy[kHeaders] = new Headers(this[kHeaders]);
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  get [Symbol.toStringTag]() {
    return 'Response';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this[kBody] === null ? null : this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${inspect(shown, options)}`;
  }
}
installBodyMixin(Response);

let fetchAgent;
function agent() {
  const http = require('http');
  fetchAgent ??= new http.Agent({ keepAlive: true, keepAliveMsecs: 4000, timeout: 4000 });
  return fetchAgent;
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** fetch(input[, init]) → a promise of the Response. */
async function fetch(input, init = undefined) {
  if (arguments.length < 1) throw new TypeError("fetch: 1 argument required, but only 0 present.");
  const request = new Request(input, init);
  const signal = request.signal;
  if (signal.aborted) throw abortReason(signal);
  let url = request[kState].url;
  let method = request.method;
  const holder = request[kBody];
  // A streamed body goes out chunked as it arrives; any other body is sent with its length.
  let body = holder === null ? null : holder.message && !holder.pending ? streamSource(holder) : await bodyBytes(holder);
  const urlList = [url];
  let dropBodyHeaders = false;
  for (let redirects = 0; ; redirects++) {
    const response = await send(url, method, request.headers, body, signal, dropBodyHeaders);
    if (!redirectStatuses.has(response.statusCode) || request.redirect === 'manual' || !response.headers.location) {
      return toResponse(response, urlList);
    }
    response.resume();
    if (request.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
    if (redirects >= 20) throw fetchFailed(new Error('redirect count exceeded'));
    let next;
    try {
      next = new URL(response.headers.location, url);
    } catch (cause) {
      throw fetchFailed(cause);
    }
    // 303 (and 301/302 after POST) turn the request into a GET without a body.
    if ((response.statusCode === 303 && method !== 'HEAD') ||
        ((response.statusCode === 301 || response.statusCode === 302) && method === 'POST')) {
      method = 'GET';
      body = null;
      dropBodyHeaders = true;
    }
    url = next;
    urlList.push(url);
  }
}

function streamSource(holder) {
  if (holder.used || holder.stream?.locked) throw new TypeError('Body is unusable: Body has already been read');
  holder.used = true;
  return { stream: holder.message };
}

// A request body as bytes (fetch sends a body with its length).
async function bodyBytes(holder) {
  if (holder.used) throw new TypeError('Body is unusable: Body has already been read');
  holder.used = true;
  return collect(holder);
}

// One HTTP exchange; resolves with the IncomingMessage once its head has arrived.
// Headers that describe a request body; they go when a redirect drops the body.
const bodyHeaderNames = new Set(['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']);

function send(url, method, headers, body, signal, dropBodyHeaders) {
  return new Promise((resolve, reject) => {
    if (url.protocol === 'https:') {
      reject(fetchFailed(new (codes().ERR_COIL_NOT_IMPLEMENTED)('fetch of https: URLs (TLS)')));
      return;
    }
    if (url.protocol !== 'http:') {
      reject(fetchFailed(new Error(url.protocol === 'data:' || url.protocol === 'blob:' ?
        `${url.protocol} URLs in fetch are not implemented in coil yet` : 'unknown scheme')));
      return;
    }
    const port = url.port === '' ? 80 : Number(url.port);
    if (badPorts.has(port)) {
      reject(fetchFailed(new Error('bad port')));
      return;
    }
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const raw = ['host', url.host, 'connection', 'keep-alive'];
    const userHeaders = headerPairs(headers);
    const has = (name) => userHeaders.some((pair) => pair[0].toLowerCase() === name);
    for (const [name, value] of userHeaders) {
      const lower = name.toLowerCase();
      if (lower === 'host' || lower === 'connection' || lower === 'content-length') continue;
      if (dropBodyHeaders && bodyHeaderNames.has(lower)) continue;
      raw.push(name, value);
    }
    if (!has('accept')) raw.push('accept', '*/*');
    if (!has('accept-language')) raw.push('accept-language', '*');
    if (!has('sec-fetch-mode')) raw.push('sec-fetch-mode', 'cors');
    if (!has('user-agent')) raw.push('user-agent', 'node');
    if (!has('accept-encoding')) raw.push('accept-encoding', 'gzip, deflate');
    if (body !== null && !body.stream) raw.push('content-length', `${body.length}`);
    const http = require('http');
    const req = http.request({
      host, port, method, path: `${url.pathname}${url.search}`, headers: raw, agent: agent(),
    });
    const onAbort = () => {
      const reason = abortReason(signal);
      req.destroy(reason);
      reject(reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      signal.removeEventListener('abort', onAbort);
      // Aborting while the body streams errors the body.
      const onBodyAbort = () => res.destroy(abortReason(signal));
      signal.addEventListener('abort', onBodyAbort, { once: true });
      res.once('close', () => signal.removeEventListener('abort', onBodyAbort));
      resolve(res);
    });
    req.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) return;
      reject(fetchFailed(error));
    });
    if (body !== null && body.stream) {
      (async () => {
        for await (const chunk of body.stream) {
          if (req.destroyed) return;
          const { Buffer } = require('buffer');
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
          if (!req.write(bytes)) await new Promise((resume) => req.once('drain', resume));
        }
        req.end();
      })().catch((error) => req.destroy(error));
    } else {
      req.end(body === null ? undefined : body);
    }
  });
}

function toResponse(message, urlList) {
  const response = new Response();
  const status = message.statusCode;
  response[kState] = {
    status, statusText: message.statusMessage, type: 'basic', urlList, redirected: urlList.length > 1,
  };
  response[kHeaders] = headersFromRaw(message.rawHeaders, 'immutable');
  if (nullBodyStatuses.has(status) || message.req?.method === 'HEAD') {
    message.resume();
    response[kBody] = null;
  } else {
    response[kBody] = makeBody(null, decoded(message));
  }
  return response;
}

// The body with its content codings undone (gzip, x-gzip, deflate, br; the last applied is
// undone first). Unknown codings leave the body as sent, as Node's fetch does.
function decoded(message) {
  const header = message.headers['content-encoding'];
  if (!header) return message;
  const zlib = require('zlib');
  const codings = header.toLowerCase().split(',').map((c) => c.trim()).filter(Boolean).reverse();
  const decoders = [];
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') {
      decoders.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'deflate') {
      decoders.push(zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'br') {
      decoders.push(zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));
    } else if (coding !== 'identity') {
      return message;
    }
  }
  if (decoders.length === 0) return message;
  const { pipeline } = require('stream');
  return pipeline(message, ...decoders, () => {});
}

module.exports = { fetch, Request, Response, Headers };
