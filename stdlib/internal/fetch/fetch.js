'use strict';
// fetch(), Request and Response (the Fetch standard as Node's fetch implements it), over the
// http client with a keep-alive agent of its own; data: and blob: URLs are answered locally.
// https: needs TLS, which coil does not have yet (a clear error). Redirects are followed (up to 20) unless `redirect` says
// otherwise. Network failures reject with `TypeError: fetch failed` whose `cause` is the socket
// error, as in Node. Bodies sent with gzip, deflate or br content codings are decoded (zlib).

const { Buffer } = require('buffer');
const {
  Headers, headersFromRaw, headerPairs, setGuard, getGuard, appendInternal, copyHeaders, fill, entriesOfHeaders,
} = require('internal/fetch/headers');
const { kBody, makeBody, extractBody, toBodyInit, collect, installBodyMixin, cloneBody } = require('internal/fetch/body');
const webidl = require('internal/fetch/webidl');
const { parseMimeType, serializeMimeType } = require('internal/fetch/mime');

const kState = Symbol('state');
const kHeaders = Symbol('headers');
const kSignal = Symbol('signal');
const kTerminated = Symbol('terminated');

// Ports the Fetch standard forbids ("bad ports").
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
  87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179,
  389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666,
  6667, 6668, 6669, 6679, 6697, 10080]);
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

const normalizedMethods = { __proto__: null, DELETE: 'DELETE', GET: 'GET', HEAD: 'HEAD', OPTIONS: 'OPTIONS', POST: 'POST', PUT: 'PUT' };
let patchWarned = false;

// A method as the Request constructor normalizes it: the six standard methods in upper case,
// others as given ('patch' stays lower case, with undici's warning).
function normalizeMethod(method) {
  const { _checkIsHttpToken: checkIsHttpToken } = require('_http_common');
  let normalized = method;
  if (method !== 'patch' && method !== 'PATCH') {
    if (!checkIsHttpToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    const upper = method.toUpperCase();
    if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
    normalized = normalizedMethods[upper] ?? method;
  }
  if (normalized === 'patch' && !patchWarned) {
    patchWarned = true;
    process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
  }
  return normalized;
}

const requestModes = ['navigate', 'same-origin', 'no-cors', 'cors'];
const referrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
  'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const corsSafelistedMethods = new Set(['GET', 'HEAD', 'POST']);

// RequestInit's members, in the IDL's order (the order in which they are converted).
const requestInitMembers = [
  { key: 'method', convert: webidl.toByteString },
  { key: 'headers', convert: (value, prefix, argument) => webidl.toHeadersInit(value, prefix, argument, entriesOfHeaders) },
  { key: 'body', convert: (value, prefix, argument) => (value === null ? null : toBodyInit(value, prefix, argument)) },
  { key: 'referrer', convert: webidl.toUSVString },
  { key: 'referrerPolicy', convert: webidl.toDOMString, allowed: referrerPolicies },
  { key: 'mode', convert: webidl.toDOMString, allowed: requestModes },
  { key: 'credentials', convert: webidl.toDOMString, allowed: ['omit', 'same-origin', 'include'] },
  { key: 'cache', convert: webidl.toDOMString, allowed: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'] },
  { key: 'redirect', convert: webidl.toDOMString, allowed: ['follow', 'manual', 'error'] },
  { key: 'integrity', convert: webidl.toDOMString },
  { key: 'keepalive', convert: Boolean },
  { key: 'signal', convert: (value) => value },
  { key: 'window', convert: (value) => value },
  { key: 'duplex', convert: webidl.toDOMString, allowed: ['half'] },
  { key: 'dispatcher', convert: (value) => value },
];

/** The state of a new request for `url` (the Fetch standard's request, the parts coil uses). */
function makeRequestState(url) {
  return {
    method: 'GET', urlList: [url], mode: 'no-cors', credentials: 'same-origin', cache: 'default',
    redirect: 'follow', referrer: 'client', referrerPolicy: '', integrity: '', keepalive: false,
  };
}

class Request {
  constructor(input, init = {}) {
    const prefix = 'Request constructor';
    webidl.argumentLengthCheck(arguments.length, 1, prefix);
    if (!(input instanceof Request)) input = webidl.toUSVString(input);
    init = webidl.toDictionary(init, prefix, 'init', requestInitMembers);
    let state;
    let fallbackMode = null;
    let signal = null;
    if (typeof input === 'string') {
      const url = parseURL(input);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = makeRequestState(url);
      fallbackMode = 'cors';
    } else {
      state = input[kState];
      signal = input[kSignal];
    }
    if (init.window != null) throw new TypeError("'window' option 'client' must be null");
    state = { ...state, urlList: [...state.urlList] };
    const initHasKey = Object.keys(init).length !== 0;
    if (initHasKey) {
      if (state.mode === 'navigate') state.mode = 'same-origin';
      state.referrer = 'client';
      state.referrerPolicy = '';
      state.urlList = [state.urlList[state.urlList.length - 1]];
    }
    if (init.referrer !== undefined) state.referrer = parseReferrer(init.referrer);
    if (init.referrerPolicy !== undefined) state.referrerPolicy = init.referrerPolicy;
    const mode = init.mode !== undefined ? init.mode : fallbackMode;
    if (mode === 'navigate') throw webidl.exception(prefix, 'invalid request mode navigate.');
    if (mode !== null) state.mode = mode;
    if (init.credentials !== undefined) state.credentials = init.credentials;
    if (init.cache !== undefined) state.cache = init.cache;
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    if (init.redirect !== undefined) state.redirect = init.redirect;
    if (init.integrity != null) state.integrity = String(init.integrity);
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.method !== undefined) state.method = normalizeMethod(init.method);
    if (init.signal !== undefined) signal = init.signal;
    this[kState] = state;
    this[kSignal] = followSignal(signal);

    this[kHeaders] = input instanceof Request ? copyHeaders(input[kHeaders]) : new Headers();
    setGuard(this[kHeaders], 'request');
    if (mode === 'no-cors') {
      if (!corsSafelistedMethods.has(state.method)) {
        throw new TypeError(`'${state.method} is unsupported in no-cors mode.`);
      }
      setGuard(this[kHeaders], 'request-no-cors');
    }
    if (initHasKey && init.headers !== undefined) {
      const guard = getGuard(this[kHeaders]);
      this[kHeaders] = new Headers();
      fill(this[kHeaders], init.headers);
      setGuard(this[kHeaders], guard);
    }

    const inputBody = input instanceof Request ? input[kBody] : null;
    if ((init.body != null || inputBody != null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let initBody = null;
    if (init.body != null) {
      const { body, type } = extractBody(init.body, state.keepalive);
      initBody = body;
      if (type !== null && !this[kHeaders].has('content-type')) this[kHeaders].append('content-type', type);
    }
    const body = initBody ?? inputBody;
    // A streamed body (no bytes known in advance).
    if (body != null && body.message) {
      if (initBody != null && init.duplex == null) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (state.mode !== 'same-origin' && state.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    this[kBody] = body;
    if (initBody == null && inputBody != null) {
      // The input's body moves to the new request: the input counts as used.
      if (inputBody.used || inputBody.stream?.locked) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      this[kBody] = cloneBody(inputBody);
      inputBody.used = true;
    }
  }

  get method() {
    webidl.brandCheck(this, Request);
    return this[kState].method;
  }

  get url() {
    webidl.brandCheck(this, Request);
    return this[kState].urlList[0].href;
  }

  get headers() {
    webidl.brandCheck(this, Request);
    return this[kHeaders];
  }

  get destination() {
    webidl.brandCheck(this, Request);
    return '';
  }

  get referrer() {
    webidl.brandCheck(this, Request);
    const referrer = this[kState].referrer;
    if (referrer === 'no-referrer') return '';
    if (referrer === 'client') return 'about:client';
    return referrer.toString();
  }

  get referrerPolicy() {
    webidl.brandCheck(this, Request);
    return this[kState].referrerPolicy;
  }

  get mode() {
    webidl.brandCheck(this, Request);
    return this[kState].mode;
  }

  get credentials() {
    return this[kState].credentials;
  }

  get cache() {
    webidl.brandCheck(this, Request);
    return this[kState].cache;
  }

  get redirect() {
    webidl.brandCheck(this, Request);
    return this[kState].redirect;
  }

  get integrity() {
    webidl.brandCheck(this, Request);
    return this[kState].integrity;
  }

  get keepalive() {
    webidl.brandCheck(this, Request);
    return this[kState].keepalive;
  }

  get isReloadNavigation() {
    webidl.brandCheck(this, Request);
    return false;
  }

  get isHistoryNavigation() {
    webidl.brandCheck(this, Request);
    return false;
  }

  get signal() {
    webidl.brandCheck(this, Request);
    return this[kSignal];
  }

  get duplex() {
    webidl.brandCheck(this, Request);
    return 'half';
  }

  clone() {
    webidl.brandCheck(this, Request);
    const body = this[kBody];
    if (body !== null && (body.used || body.stream?.locked)) throw new TypeError('unusable');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState], urlList: [...this[kState].urlList] };
    copy[kHeaders] = copyHeaders(this[kHeaders]);
    copy[kSignal] = followSignal(this[kSignal]);
    copy[kBody] = cloneBody(body);
    return copy;
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
markEnumerable(Request.prototype, ['method', 'url', 'headers', 'redirect', 'clone', 'signal', 'duplex',
  'destination', 'credentials', 'cache', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation',
  'referrer', 'referrerPolicy', 'mode']);
// (Node's Request.prototype also has this stray enumerable property.)
Object.defineProperty(Request.prototype, 'attribute', { __proto__: null, value: undefined, enumerable: true });
Object.defineProperty(Request.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Request' });

function markEnumerable(object, names) {
  for (const name of names) Object.defineProperty(object, name, { __proto__: null, enumerable: true });
}

// init.referrer: '' means no referrer; about:client the default.
function parseReferrer(referrer) {
  if (referrer === '') return 'no-referrer';
  let parsed;
  try {
    parsed = new URL(referrer);
  } catch (cause) {
    throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause });
  }
  if (parsed.protocol === 'about:' && parsed.hostname === 'client') return 'client';
  return parsed;
}

// A request's own signal, aborted when `signal` (the input's or init's) aborts.
function followSignal(signal) {
  const controller = new AbortController();
  if (signal != null) {
    if (!signal || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function') {
      throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    }
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

// ResponseInit's members (converted with no prefix: undici's messages then start "undefined:").
const responseInitMembers = [
  { key: 'status', convert: webidl.toUnsignedShort, defaultValue: 200 },
  { key: 'statusText', convert: webidl.toByteString, defaultValue: '' },
  { key: 'headers', convert: (value, prefix, argument) => webidl.toHeadersInit(value, prefix, argument, entriesOfHeaders) },
];

function makeResponseState() {
  return { status: 200, statusText: '', type: 'default', urlList: [] };
}

/** A Response around a state, without running the constructor (fetch's and the statics'). */
function responseFrom(state, headers, body) {
  const response = Object.create(Response.prototype);
  response[kState] = state;
  response[kHeaders] = headers;
  response[kBody] = body;
  return response;
}

// The "initialize a response" steps shared by the constructor and Response.json().
function initializeResponse(response, init, extracted) {
  if (init.status !== null && (init.status < 200 || init.status > 599)) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  if ('statusText' in init && init.statusText != null && !reasonPhraseRegExp.test(String(init.statusText))) {
    throw new TypeError('Invalid statusText');
  }
  if ('status' in init && init.status != null) response[kState].status = init.status;
  if ('statusText' in init && init.statusText != null) response[kState].statusText = init.statusText;
  if ('headers' in init && init.headers != null) fill(response[kHeaders], init.headers);
  if (extracted) {
    if (nullBodyStatuses.has(response[kState].status)) {
      throw webidl.exception('Response constructor', `Invalid response status code ${response[kState].status}`);
    }
    response[kBody] = extracted.body;
    if (extracted.type != null && !response[kHeaders].has('content-type')) {
      appendInternal(response[kHeaders], 'content-type', extracted.type);
    }
  }
}

// A reason phrase: tabs, spaces, visible ASCII and obs-text.
const reasonPhraseRegExp = /^[\t\x20-\x7e\x80-\xff]*$/;

class Response {
  constructor(body = null, init = {}) {
    if (body !== null) body = toBodyInit(body);
    init = webidl.toDictionary(init, undefined, undefined, responseInitMembers);
    this[kState] = makeResponseState();
    this[kHeaders] = new Headers();
    this[kBody] = null;
    setGuard(this[kHeaders], 'response');
    initializeResponse(this, init, body != null ? extractBody(body) : null);
  }

  static error() {
    const state = makeResponseState();
    state.status = 0;
    state.type = 'error';
    const headers = new Headers();
    setGuard(headers, 'immutable');
    return responseFrom(state, headers, null);
  }

  static json(data, init = {}) {
    webidl.argumentLengthCheck(arguments.length, 1, 'Response.json');
    if (init !== null) init = webidl.toDictionary(init, undefined, undefined, responseInitMembers);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers();
    setGuard(headers, 'response');
    const response = responseFrom(makeResponseState(), headers, null);
    initializeResponse(response, init, { body: makeBody(Buffer.from(text, 'utf8')), type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    webidl.argumentLengthCheck(arguments.length, 1, 'Response.redirect');
    url = webidl.toUSVString(url);
    status = webidl.toUnsignedShort(status);
    const parsed = parseURL(url);
    if (!redirectStatuses.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const headers = new Headers();
    appendInternal(headers, 'location', parsed.href);
    setGuard(headers, 'immutable');
    const state = makeResponseState();
    state.status = status;
    return responseFrom(state, headers, null);
  }

  get type() {
    webidl.brandCheck(this, Response);
    return this[kState].type;
  }

  get url() {
    webidl.brandCheck(this, Response);
    const list = this[kState].urlList;
    return list.length ? list[list.length - 1].href.replace(/#.*$/, '') : '';
  }

  get redirected() {
    webidl.brandCheck(this, Response);
    return this[kState].urlList.length > 1;
  }

  get status() {
    webidl.brandCheck(this, Response);
    return this[kState].status;
  }

  get ok() {
    webidl.brandCheck(this, Response);
    return this[kState].status >= 200 && this[kState].status <= 299;
  }

  get statusText() {
    webidl.brandCheck(this, Response);
    return this[kState].statusText;
  }

  get headers() {
    webidl.brandCheck(this, Response);
    return this[kHeaders];
  }

  clone() {
    webidl.brandCheck(this, Response);
    const body = this[kBody];
    if (body !== null && (body.used || body.stream?.locked)) {
      throw webidl.exception('Response.clone', 'Body has already been consumed.');
    }
    return responseFrom({ ...this[kState] }, copyHeaders(this[kHeaders]), cloneBody(body));
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
markEnumerable(Response.prototype, ['type', 'url', 'status', 'ok', 'redirected', 'statusText', 'headers', 'clone']);
markEnumerable(Response, ['json', 'redirect', 'error']);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Response' });

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

/** fetch(input[, init]) -> a promise of the Response. */
// (Node's global fetch passes both arguments on, so a missing input is a URL "undefined".)
async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const signal = request.signal;
  if (signal.aborted) throw abortReason(signal);
  let url = request[kState].urlList[0];
  let method = request.method;
  const holder = request[kBody];
  // A streamed body goes out chunked as it arrives; any other body is sent with its length.
  let body = holder === null ? null : holder.message && !holder.pending ? streamSource(holder) : await bodyBytes(holder);
  const urlList = [url];
  // Header names (lower case) a redirect removed from the request; they stay removed.
  const dropped = new Set();
  // The Fetch standard's "response tainting": a hop to another origin makes it 'cors' for good.
  let tainting = 'basic';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return localSchemeFetch(url, method, request.headers);
  }
  for (let redirects = 0; ; redirects++) {
    const referer = refererFor(request[kState], url);
    const response = await send(url, method, request.headers, body, signal, dropped, request.mode, referer);
    // An empty Location is a location all the same: the request's own URL.
    const location = response.headers.location;
    if (!redirectStatuses.has(response.statusCode) || request.redirect === 'manual' || location === undefined) {
      return toResponse(response, urlList, tainting);
    }
    response.resume();
    if (request.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
    if (redirects >= 20) throw fetchFailed(new Error('redirect count exceeded'));
    let next;
    try {
      next = new URL(utf8Location(location), url);
    } catch (cause) {
      throw fetchFailed(cause);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
    }
    // 303 (and 301/302 after POST) turn the request into a GET without a body.
    if ((response.statusCode === 303 && method !== 'HEAD') ||
        ((response.statusCode === 301 || response.statusCode === 302) && method === 'POST')) {
      method = 'GET';
      body = null;
      for (const name of bodyHeaderNames) dropped.add(name);
    } else if (body !== null && body.stream) {
      // A streamed body was sent once and cannot be sent again to the new location.
      throw fetchFailed(new Error());
    }
    // Credentials are not carried to another origin.
    if (!sameOrigin(url, next)) {
      for (const name of credentialHeaderNames) dropped.add(name);
    }
    if (!sameOrigin(next, urlList[0]) || tainting !== 'basic') {
      if (request.mode === 'same-origin') throw fetchFailed(new Error('request mode cannot be "same-origin"'));
      tainting = 'cors';
    }
    url = next;
    urlList.push(url);
  }
}

// A Location header arrives as Latin-1 text of its bytes; servers send UTF-8 there, which is
// how it is read (as Node's fetch does) when it is valid UTF-8.
function utf8Location(location) {
  if (!/[^\x00-\x7f]/.test(location) || /[^\x00-\xff]/.test(location)) return location;
  const { Buffer } = require('buffer');
  const bytes = Buffer.from(location, 'latin1');
  const text = bytes.toString('utf8');
  return text.includes('\ufffd') ? location : text;
}

// The Referer a request sends to `url` (the Referrer Policy standard's "determine request's
// referrer"): none for the default referrer (Node has no client to take one from), else the
// given referrer, whole or cut to its origin as the policy says.
function refererFor(state, url) {
  const source = state.referrer;
  if (source === 'client' || source === 'no-referrer') return null;
  if (source.protocol === 'about:' || source.protocol === 'blob:' || source.protocol === 'data:') return null;
  const full = new URL(source.href);
  full.username = '';
  full.password = '';
  full.hash = '';
  const origin = `${source.origin}/`;
  const whole = full.href.length > 4096 ? origin : full.href;
  const sameOrigin = source.origin === url.origin;
  const downgrade = isTrustworthy(source) && !isTrustworthy(url);
  switch (state.referrerPolicy || 'strict-origin-when-cross-origin') {
    case 'no-referrer': return null;
    case 'origin': return origin;
    case 'unsafe-url': return whole;
    case 'strict-origin': return downgrade ? null : origin;
    case 'same-origin': return sameOrigin ? whole : null;
    case 'origin-when-cross-origin': return sameOrigin ? whole : origin;
    case 'no-referrer-when-downgrade': return downgrade ? null : whole;
    default: return sameOrigin ? whole : downgrade ? null : origin;
  }
}

// "Potentially trustworthy" URLs: secure schemes and loopback hosts.
function isTrustworthy(url) {
  if (url.protocol === 'https:' || url.protocol === 'wss:' || url.protocol === 'file:') return true;
  const host = url.hostname;
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]';
}

/** fetch() of a URL that is not http(s): data: and blob: answer locally, others fail. */
function localSchemeFetch(url, method, headers) {
  switch (url.protocol) {
    case 'about:':
      throw fetchFailed(new Error('about scheme is not supported'));
    case 'blob:':
      return blobFetch(url, method, headers);
    case 'data:': {
      const data = processDataURL(url);
      if (data === null) throw fetchFailed(new Error('failed to fetch the data URL'));
      const responseHeaders = new Headers();
      appendInternal(responseHeaders, 'Content-Type', serializeMimeType(data.mimeType));
      return localResponse(url, method, 200, 'OK', responseHeaders, data.body);
    }
    case 'file:':
      throw fetchFailed(new Error('not implemented... yet...'));
    default:
      throw fetchFailed(new Error('unknown scheme'));
  }
}

// A response made without the network (a HEAD request gets no body).
function localResponse(url, method, status, statusText, headers, bytes) {
  setGuard(headers, 'immutable');
  const state = { status, statusText, type: 'basic', urlList: [url] };
  return responseFrom(state, headers, method === 'HEAD' ? null : makeBody(Buffer.from(bytes)));
}

// A blob: URL made by URL.createObjectURL; GET only, with Range support as Node has it (its
// slice end is exclusive while Content-Range names the last byte: bytes=0-3 gives 3 bytes).
async function blobFetch(url, method, headers) {
  if (url.search.length !== 0) throw fetchFailed(new Error('NetworkError when attempting to fetch resource.'));
  const { Blob, resolveObjectURL } = require('buffer');
  const blob = resolveObjectURL(url.href);
  if (method !== 'GET' || !(blob instanceof Blob)) throw fetchFailed(new Error('invalid method'));
  const responseHeaders = new Headers();
  const range = headers.get('range');
  if (range === null) {
    appendInternal(responseHeaders, 'content-length', `${blob.size}`);
    appendInternal(responseHeaders, 'content-type', blob.type);
    return localResponse(url, method, 200, 'OK', responseHeaders, await blob.arrayBuffer());
  }
  const value = parseRange(range);
  if (value === null) throw fetchFailed(new Error('failed to fetch the data URL'));
  let { start, end } = value;
  if (start === null) {
    start = blob.size - end;
    end = start + end - 1;
  } else {
    if (start >= blob.size) throw fetchFailed(new Error("Range start is greater than the blob's size."));
    if (end === null || end >= blob.size) end = blob.size - 1;
  }
  const slice = blob.slice(start, end, blob.type);
  appendInternal(responseHeaders, 'content-length', `${slice.size}`);
  appendInternal(responseHeaders, 'content-type', blob.type);
  appendInternal(responseHeaders, 'content-range', `bytes ${start}-${end}/${blob.size}`);
  return localResponse(url, method, 206, 'Partial Content', responseHeaders, await slice.arrayBuffer());
}

// A "simple range header value" (bytes=a-b, bytes=a-, bytes=-b; whitespace allowed): { start,
// end } (either may be null) or null. As in Node, "bytes=a-" (a > 0) counts as invalid.
function parseRange(value) {
  const match = /^bytes[\t ]*=[\t ]*(\d*)[\t ]*-[\t ]*(\d*)$/.exec(value);
  if (!match) return null;
  const start = match[1].length ? Number(match[1]) : null;
  const end = match[2].length ? Number(match[2]) : null;
  if (start === null && end === null) return null;
  if (start > end) return null;
  return { start, end };
}

/** A data: URL as { mimeType, body } (the Fetch standard's data: URL processor), or null. */
function processDataURL(url) {
  let input = url.href.slice(0, url.href.length - url.hash.length);
  if (url.hash.length === 0 && input.endsWith('#')) input = input.slice(0, -1);
  input = input.slice(5);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let body = percentDecode(Buffer.from(input.slice(comma + 1), 'utf8'));
  if (/;(\u0020){0,}base64$/i.test(mimeType)) {
    body = forgivingBase64(body.toString('latin1'));
    if (body === null) return null;
    mimeType = mimeType.slice(0, -6).replace(/(\u0020)+$/, '').slice(0, -1);
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  return { mimeType: parseMimeType(mimeType) ?? parseMimeType('text/plain;charset=US-ASCII'), body };
}

function isHexByte(byte) {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
}

// Percent-decoding of bytes: %XX becomes the byte, a % not followed by two hex digits stays.
function percentDecode(input) {
  const out = Buffer.alloc(input.length);
  let j = 0;
  for (let i = 0; i < input.length; i++) {
    if (input[i] === 0x25 && isHexByte(input[i + 1]) && isHexByte(input[i + 2])) {
      out[j++] = parseInt(String.fromCharCode(input[i + 1], input[i + 2]), 16);
      i += 2;
    } else {
      out[j++] = input[i];
    }
  }
  return out.subarray(0, j);
}

// The Infra standard's forgiving-base64 decode (null: failure).
function forgivingBase64(data) {
  data = data.replace(/[\t\n\f\r ]/g, '');
  let length = data.length;
  if (length % 4 === 0 && data.charCodeAt(length - 1) === 0x3d) {
    length--;
    if (data.charCodeAt(length - 1) === 0x3d) length--;
  }
  if (length % 4 === 1) return null;
  if (/[^+/0-9A-Za-z]/.test(data.slice(0, length))) return null;
  return Buffer.from(data, 'base64');
}

function sameOrigin(a, b) {
  return a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port;
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

// Headers that describe a request body; they go when a redirect drops the body.
const bodyHeaderNames = new Set(['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']);
// Headers that carry credentials; a redirect to another origin drops them.
const credentialHeaderNames = ['authorization', 'proxy-authorization', 'cookie'];

// Request headers Node's fetch (undici) refuses to send: the error it fails with, or null.
function refusedHeader(name, value) {
  if (name === 'transfer-encoding' || name === 'keep-alive' || name === 'upgrade') {
    return undiciError('InvalidArgumentError', 'UND_ERR_INVALID_ARG', `invalid ${name} header`);
  }
  if (name === 'connection' && value.toLowerCase() !== 'close' && value.toLowerCase() !== 'keep-alive') {
    return undiciError('InvalidArgumentError', 'UND_ERR_INVALID_ARG', 'invalid connection header');
  }
  if (name === 'expect') return undiciError('NotSupportedError', 'UND_ERR_NOT_SUPPORTED', 'expect header not supported');
  return null;
}

// Node's fetch has its own HTTP client (undici), whose errors differ from the http module's: a
// connection closed early is a SocketError, parser failures are HTTPParserErrors worded by
// undici's llhttp. The http client's errors are translated into those.
function undiciCause(error) {
  if (error.code === 'ECONNRESET' && error.message === 'socket hang up') return otherSideClosed();
  if (typeof error.code !== 'string' || !error.code.startsWith('HPE_')) return error;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return undiciError('HeadersOverflowError', 'UND_ERR_HEADERS_OVERFLOW', 'Headers Overflow Error');
  }
  let code = error.code;
  let reason = error.reason ?? error.message.replace(/^Parse Error: /, '');
  if (reason === 'Expected HTTP/, RTSP/ or ICE/') reason = 'Expected HTTP/';
  else if (reason === 'Invalid status code') reason = 'Invalid response status';
  else if (reason === 'Expected LF after chunk data') [code, reason] = ['HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size'];
  else if (reason === "Content-Length can't be present with Transfer-Encoding") code = 'HPE_UNEXPECTED_CONTENT_LENGTH';
  return undiciError('HTTPParserError', code, `Response does not match the HTTP/1.1 protocol (${reason})`);
}

function otherSideClosed() {
  return undiciError('SocketError', 'UND_ERR_SOCKET', 'other side closed');
}

function undiciError(name, code, message) {
  const error = new Error(message);
  error.name = name;
  error.code = code;
  return error;
}

// One HTTP exchange; resolves with the IncomingMessage once its head has arrived.
function send(url, method, headers, body, signal, dropped, mode, referer) {
  return new Promise((resolve, reject) => {
    if (url.protocol === 'https:') {
      reject(fetchFailed(new (codes().ERR_COIL_NOT_IMPLEMENTED)('fetch of https: URLs (TLS)')));
      return;
    }
    const port = url.port === '' ? 80 : Number(url.port);
    if (badPorts.has(port)) {
      reject(fetchFailed(new Error('bad port')));
      return;
    }
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    // Node's fetch closes the connection after a HEAD (a length without a body is ambiguous).
    const raw = ['host', url.host, 'connection', method === 'HEAD' ? 'close' : 'keep-alive'];
    const userHeaders = headerPairs(headers);
    const has = (name) => userHeaders.some((pair) => pair[0].toLowerCase() === name);
    for (const [name, value] of userHeaders) {
      const lower = name.toLowerCase();
      if (dropped.has(lower)) continue;
      const refused = refusedHeader(lower, value);
      if (refused) {
        reject(fetchFailed(refused));
        return;
      }
      // The user's Connection (close or keep-alive) takes the place of fetch's own.
      if (lower === 'connection') raw[3] = value.toLowerCase();
      // Sec-Fetch-Mode always states the request's mode (a user value is replaced in place).
      else if (lower === 'sec-fetch-mode') raw.push(lower, mode);
      else if (lower !== 'host' && lower !== 'content-length') raw.push(name, value);
    }
    if (!has('accept')) raw.push('accept', '*/*');
    if (!has('accept-language')) raw.push('accept-language', '*');
    if (referer !== null && !has('referer')) raw.push('referer', referer);
    if (!has('sec-fetch-mode')) raw.push('sec-fetch-mode', mode);
    if (!has('user-agent')) raw.push('user-agent', 'node');
    if (!has('accept-encoding')) raw.push('accept-encoding', 'gzip, deflate');
    // As Node's fetch: a method that expects a body says its length even when it has none
    // (`content-length: 0`); other methods leave an empty body unannounced.
    const expectsPayload = method === 'POST' || method === 'PUT' || method === 'PATCH';
    if (body === null ? expectsPayload : !body.stream && (body.length > 0 || expectsPayload)) {
      raw.push('content-length', `${body === null ? 0 : body.length}`);
    }
    const http = require('http');
    const req = http.request({
      host, port, method, path: `${url.pathname}${url.search}`, headers: raw,
      // A HEAD, or a request that says `connection: close`, gets a connection of its own,
      // closed after the response.
      agent: method === 'HEAD' || raw[3] === 'close' ? false : agent(),
    });
    const onAbort = () => {
      const reason = abortReason(signal);
      req.destroy(reason);
      reject(reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    // The request's last error: the cause fetch gives when a body ends early.
    let lastError = null;
    let responded = false;
    req.on('response', (res) => {
      responded = true;
      signal.removeEventListener('abort', onAbort);
      // Aborting while the body streams errors the body.
      const onBodyAbort = () => res.destroy(abortReason(signal));
      signal.addEventListener('abort', onBodyAbort, { once: true });
      res.once('close', () => signal.removeEventListener('abort', onBodyAbort));
      // A body cut short rejects with TypeError('terminated') (an abort keeps its own reason).
      // A body that fails to decode has the decoder's error as its cause.
      res[kTerminated] = (error) => (signal.aborted ? error :
        new TypeError('terminated', {
          cause: isDecodeError(error) ? error : lastError ? undiciCause(lastError) : otherSideClosed(),
        }));
      resolve(res);
    });
    req.on('error', (error) => {
      lastError = error;
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) return;
      // A pooled connection the server closed after its last response (without saying so)
      // fails at once: the request goes again on a new connection, when it can be replayed.
      if (req.reusedSocket && !responded && !(body !== null && body.stream) &&
          (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        resolve(send(url, method, headers, body, signal, dropped, mode, referer));
        return;
      }
      reject(fetchFailed(undiciCause(error)));
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

// Errors of a content decoder (zlib's Z_* codes, brotli's), as opposed to the connection's.
function isDecodeError(error) {
  const code = error?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') ||
    code === 'ERR_ZLIB_INITIALIZATION_FAILED');
}

// `deflate` is meant to be zlib-wrapped, but servers also send raw deflate: the first byte
// tells (a zlib header's low nibble is 8, the deflate method), as Node's fetch decides.
function deflateDecoder(zlib) {
  const { Transform } = require('stream');
  const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let inner = null;
  return new Transform({
    transform(chunk, encoding, callback) {
      if (inner === null) {
        if (chunk.length === 0) return callback();
        inner = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        inner.on('data', (data) => this.push(data));
        inner.on('error', (error) => this.destroy(error));
      }
      inner.write(chunk, callback);
    },
    flush(callback) {
      if (inner === null) return callback();
      inner.once('end', () => callback());
      inner.end();
    },
  });
}

function toResponse(message, urlList, type) {
  const status = message.statusCode;
  const state = { status, statusText: message.statusMessage, type, urlList };
  const headers = headersFromRaw(message.rawHeaders, 'immutable');
  if (nullBodyStatuses.has(status) || message.req?.method === 'HEAD') {
    message.resume();
    return responseFrom(state, headers, null);
  }
  const body = makeBody(null, decoded(message));
  body.mapError = message[kTerminated];
  return responseFrom(state, headers, body);
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
      decoders.push(deflateDecoder(zlib));
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
