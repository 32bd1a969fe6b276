'use strict';
// What the HTTP server and client share: the method list, header token and value checks, and the
// glue between the Rust parser (internalBinding('http_parser'), see
// runtime/src/bindings/http_parser/mod.rs) and IncomingMessage.
//
// A parser here is a small JS object: `parser.execute(bytes)` walks the binding's event list and
// calls the parser's hooks as Node's HTTPParser would - onIncoming(message, keepAlive) for each
// head, then the message's body pushes and end - and returns the bytes consumed or an Error.

const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const binding = internalBinding('http_parser');

const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH',
  'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
  'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];
const knownMethods = new Set(methods);

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
/** Whether `value` is an HTTP token (RFC 7230 `token`): header names and methods. */
function checkIsHttpToken(value) {
  // The binding answers for strings; anything else is converted as RegExp#test converts it.
  return binding.isToken(value) ?? tokenRegExp.test(value);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
/** Whether a header value holds a character HTTP does not allow (controls, non-Latin-1). */
function checkInvalidHeaderChar(value) {
  return binding.hasInvalidHeaderChar(value) ?? headerCharRegex.test(value);
}

const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;

const kIncomingMessage = Symbol('IncomingMessage');

/** The value of a `--flag=value` command-line flag (or NODE_OPTIONS), or undefined. */
function flagValue(name) {
  const prefix = `${name}=`;
  for (const flag of internalBinding('process_methods').jsFlags) {
    if (flag === name) return '';
    if (flag.startsWith(prefix)) return flag.slice(prefix.length);
  }
  return undefined;
}

let defaultMaxHeaderSize;
/** `--max-http-header-size=N` (Node's default 16 KiB): `http.maxHeaderSize`. */
function getDefaultMaxHeaderSize() {
  if (defaultMaxHeaderSize === undefined) {
    const value = Number(flagValue('--max-http-header-size'));
    defaultMaxHeaderSize = Number.isInteger(value) && value >= 0 ? value : 16384;
  }
  return defaultMaxHeaderSize;
}

let lenientFlag;
let lenientWarned = false;
/**
 * `--insecure-http-parser`: parsers are lenient unless a server or request says otherwise. The
 * first parser it makes lenient warns, as in Node. (Asked once per connection: the flag is read
 * once.)
 */
function isLenient() {
  lenientFlag ??= flagValue('--insecure-http-parser') !== undefined;
  if (lenientFlag && !lenientWarned) {
    lenientWarned = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return lenientFlag;
}

/** A parser for one connection: REQUEST (server side) or RESPONSE (client side). */
class HTTPParser {
  static REQUEST = binding.REQUEST;
  static RESPONSE = binding.RESPONSE;

  constructor(kind, socket, maxHeaderSize, lenient) {
    this.kind = kind;
    this.native = binding.create(kind, maxHeaderSize || getDefaultMaxHeaderSize());
    if (lenient) binding.setLenient(this.native, true);
    this.socket = socket;
    this.incoming = null;
    this.maxHeaderPairs = 2000;
    this.joinDuplicateHeaders = false;
    this.onIncoming = null;
    // Set when the head just parsed was an upgrade; `upgradeHead` holds the bytes after it.
    this.upgradeHead = null;
    // Trailer fields of the message being completed ([name, value, ...]), or null.
    this.trailers = null;
    this.freed = false;
    // For the server's request timeouts and idle connections: when the current message began
    // (0: none under way, the connection is idle), whether its head is complete, and whether
    // it is still subject to timeouts. A new connection counts as a message begun (as in Node).
    this.messageStart = Date.now();
    this.headersCompleted = false;
    this.active = true;
  }

  /** Bytes after an idle stretch begin a new message (llhttp's on_message_begin). */
  beginMessage() {
    this.active = true;
    this.messageStart = Date.now();
    this.headersCompleted = false;
  }

  /** Feeds bytes; returns their count, or the parse Error (with bytesParsed). */
  execute(bytes) {
    if (this.freed) return 0;
    if (this.messageStart === 0) this.beginMessage();
    const events = binding.execute(this.native, bytes);
    const result = this.dispatch(events, bytes.length);
    // A message completed here; the bytes after it may have begun the next one.
    if (this.messageStart === 0 && !this.freed && binding.busy(this.native)) this.beginMessage();
    return result;
  }

  /** The connection ended: completes a body that runs to the end; an Error if cut short. */
  finish() {
    if (this.freed) return undefined;
    const result = this.dispatch(binding.finish(this.native), 0);
    if (!(result instanceof Error)) return undefined;
    // Node reports an EOF error as llhttp made it: no prepareError, so no reason in the message.
    result.message = 'Parse Error';
    return result;
  }

  /** The next response answers a HEAD request: it has no body whatever its headers say. */
  skipBody(skip) {
    binding.setSkipBody(this.native, skip);
  }

  /** The next response answers CONNECT: the bytes after its head are the tunnel's. */
  expectConnect() {
    binding.setConnect(this.native, true);
  }

  dispatch(events, length) {
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      if (this.freed) return length;
      if (event instanceof Uint8Array) {
        this.onBody(event);
      } else if (event === 1) {
        this.onMessageComplete();
      } else if (event === 3) {
        // The trailer fields of a chunked message; its completion follows.
        this.trailers = events[++i];
      } else if (event === 2) {
        // An upgrade head: the bytes after it belong to the new protocol. When the server
        // declined the upgrade (no 'upgrade' listener), the request is complete as it stands.
        this.upgradeHead = events[++i];
        if (this.incoming && !this.incoming.upgrade) this.onMessageComplete();
        return length - this.upgradeHead.length;
      } else if (event instanceof Error) {
        return event;
      } else {
        this.onHeadersComplete(event);
      }
    }
    return length;
  }

  onHeadersComplete(head) {
    if (this.messageStart === 0) this.beginMessage();
    this.headersCompleted = true;
    const socket = this.socket;
    const Incoming = socket?.server?.[kIncomingMessage] || IncomingMessage;
    const incoming = this.incoming = new Incoming(socket);
    incoming.httpVersionMajor = head.versionMajor;
    incoming.httpVersionMinor = head.versionMinor;
    incoming.httpVersion = `${head.versionMajor}.${head.versionMinor}`;
    incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders || this.joinDuplicateHeaders;
    incoming.url = head.url;
    incoming.upgrade = head.upgrade;
    const headers = head.headers;
    let n = headers.length;
    if (this.maxHeaderPairs > 0) n = Math.min(n, this.maxHeaderPairs);
    incoming._addHeaderLines(headers, n);
    if (this.kind === binding.REQUEST) {
      incoming.method = head.method;
    } else {
      incoming.statusCode = head.statusCode;
      incoming.statusMessage = head.statusMessage;
    }
    return this.onIncoming(incoming, head.shouldKeepAlive);
  }

  onBody(bytes) {
    const stream = this.incoming;
    if (stream === null || stream._dumped) return;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!stream.push(buffer)) readStop(this.socket);
  }

  onMessageComplete() {
    this.messageStart = 0;
    this.active = false;
    this.headersCompleted = false;
    const stream = this.incoming;
    const trailers = this.trailers;
    this.trailers = null;
    if (stream !== null) {
      stream.complete = true;
      // Unlike the head, trailers are not cut to maxHeadersCount (as in Node).
      if (trailers) stream._addHeaderLines(trailers, trailers.length);
      stream.push(null);
    }
    readStart(this.socket);
  }

  free() {
    this.freed = true;
    this.socket = null;
    this.incoming = null;
    this.onIncoming = null;
  }
}

/** Prepares a parse error as Node reports it to 'clientError': with the packet that failed. */
function prepareError(error, parser, rawPacket) {
  error.rawPacket = rawPacket;
  if (typeof error.reason === 'string') {
    error.message = `Parse Error: ${error.reason}`;
  }
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  continueExpression,
  CRLF: '\r\n',
  getDefaultMaxHeaderSize,
  HTTPParser,
  isLenient,
  kIncomingMessage,
  knownMethods,
  methods,
  prepareError,
};
