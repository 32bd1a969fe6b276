'use strict';
// The legacy url API: url.parse(), url.format(), url.resolve(), url.resolveObject() and the
// Url class, with Node 20's quirks (lenient parsing, auto-escaping, host names lower-cased and
// punycoded, an invalid port becoming part of the path after a one-time DEP0170 warning).
// Resolution lives in ./legacy_resolve.js, host name conversion in ./legacy_idna.js.

const { legacyToASCII } = require('internal/url/legacy_idna');
const { resolveUrlObject } = require('internal/url/legacy_resolve');
const {
  isSlashedProtocol, isHostlessProtocol, isUnsafeProtocol,
} = require('internal/url/legacy_protocols');

const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const decodeURIComponentFn = decodeURIComponent;

const CHAR_TAB = 9;
const CHAR_LINE_FEED = 10;
const CHAR_CARRIAGE_RETURN = 13;
const CHAR_HASH = 35;
const CHAR_FORWARD_SLASH = 47;
const CHAR_COLON = 58;
const CHAR_QUESTION_MARK = 63;
const CHAR_AT = 64;
const CHAR_LEFT_SQUARE_BRACKET = 91;
const CHAR_BACKWARD_SLASH = 92;
const CHAR_RIGHT_SQUARE_BRACKET = 93;

const HOSTNAME_MAX_LENGTH = 255;

let lazyErrorCodes;
function errorCodes() {
  if (lazyErrorCodes === undefined) lazyErrorCodes = require('internal/errors').codes;
  return lazyErrorCodes;
}
let lazyQuerystring;
function querystring() {
  if (lazyQuerystring === undefined) lazyQuerystring = require('querystring');
  return lazyQuerystring;
}

// The legacy URL object: every field starts as null, in the order Node lists them.
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// ------------------------------------------------------------------------------------------------
// Character classes (tables indexed by char code)

function table(chars) {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[StringPrototypeCharCodeAt(chars, i)] = 1;
  return t;
}
// Characters that end the host without being allowed in it (RFC 2396 "delims" and "unwise").
const nonHostChars = table(' "%\';<>\\^`{|}');
// Characters that are percent-encoded everywhere after the host.
const autoEscapeChars = table('\t\n\r "\'<>\\^`{|}');
// Characters a converted (non-IPv6) host name may not contain: everything else of this kind was
// split off before, so these can only come from the IDNA conversion itself.
const forbiddenHostChars = table('\0\t\n\r #%/:<>?@[\\]^|');
// The same for bracketed IPv6 hosts, where '[', ']' and ':' belong.
const forbiddenIpv6HostChars = table('\0\t\n\r #%/<>?@\\^|');
// Characters url.format() leaves as they are in `auth`.
const authSafeChars = table("!'()*-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~");

function hasCharIn(text, chars) {
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i);
    if (code < 128 && chars[code] === 1) return true;
  }
  return false;
}

// url.parse() trims every control character and space (code < 33), plus NBSP and BOM.
function isTrimmed(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

// JavaScript's RegExp `\s`.
function isRegExpSpace(code) {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isProtocolChar(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 43 || code === 45 || code === 46; // + - .
}

const HEX = '0123456789ABCDEF';
function percentByte(byte) {
  return `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
}

// ------------------------------------------------------------------------------------------------
// url.parse()

let warnedInvalidPort = false;
// DEP0169 state: undefined until the first url.parse() looks at the options, then whether a
// warning is still due.
let pendingDeprecationWarning;

// `--pending-deprecation` (or NODE_PENDING_DEPRECATION=1) turns on DEP0169 for url.parse().
function pendingDeprecation() {
  return internalBinding('process_methods').jsFlags.includes('--pending-deprecation') ||
    (process.env !== undefined && process.env.NODE_PENDING_DEPRECATION === '1');
}

// url.parse(urlString, parseQueryString, slashesDenoteHost): a Url (a Url argument is returned
// as it is).
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (pendingDeprecationWarning === undefined) pendingDeprecationWarning = pendingDeprecation();
  if (pendingDeprecationWarning) {
    pendingDeprecationWarning = false;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
      'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

// The input with surrounding white space trimmed and back slashes turned into slashes up to the
// first '?' or '#' (as browsers do), plus whether it holds a '#' anywhere and an '@' before that.
function prepareInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(StringPrototypeCharCodeAt(url, start))) start++;
  while (end > start && isTrimmed(StringPrototypeCharCodeAt(url, end - 1))) end--;
  let hasAt = false;
  let hasHash = false;
  const parts = [];
  let last = start;
  for (let i = start; i < end; i++) {
    const code = StringPrototypeCharCodeAt(url, i);
    if (code === CHAR_AT) {
      hasAt = true;
    } else if (code === CHAR_HASH) {
      hasHash = true;
      break;
    } else if (code === CHAR_QUESTION_MARK) {
      hasHash = StringPrototypeIndexOf(url, '#', i + 1) !== -1;
      break;
    } else if (code === CHAR_BACKWARD_SLASH) {
      parts.push(StringPrototypeSlice(url, last, i), '/');
      last = i + 1;
    }
  }
  let rest;
  if (parts.length === 0) {
    rest = start === 0 && end === url.length ? url : StringPrototypeSlice(url, start, end);
  } else {
    parts.push(StringPrototypeSlice(url, last, end));
    rest = ArrayPrototypeJoin(parts, '');
  }
  return { rest, hasAt, hasHash };
}

// Index of the '?' if `rest` is a plain path (starts with '/' but not '///', has no white
// space); -1 for a plain path without '?'; -2 if it is not one.
function simplePathQuery(rest) {
  if (StringPrototypeCharCodeAt(rest, 0) !== CHAR_FORWARD_SLASH) return -2;
  if (StringPrototypeCharCodeAt(rest, 1) === CHAR_FORWARD_SLASH &&
      StringPrototypeCharCodeAt(rest, 2) === CHAR_FORWARD_SLASH) return -2;
  let question = -1;
  for (let i = 1; i < rest.length; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (isRegExpSpace(code)) return -2;
    if (code === CHAR_QUESTION_MARK && question === -1) question = i;
  }
  return question;
}

// The fast path for plain paths: no host, no escaping.
function parseSimplePath(self, rest, question, parseQueryString) {
  self.path = rest;
  self.href = rest;
  if (question === -1) {
    self.pathname = rest;
    if (parseQueryString) {
      self.search = null;
      self.query = { __proto__: null };
    }
  } else {
    self.pathname = StringPrototypeSlice(rest, 0, question);
    self.search = StringPrototypeSlice(rest, question);
    const query = StringPrototypeSlice(rest, question + 1);
    self.query = parseQueryString ? querystring().parse(query) : query;
  }
  return self;
}

// Length of a leading `scheme:` (letters, digits, '+', '-', '.'), 0 if there is none.
function protocolLength(rest) {
  let i = 0;
  while (i < rest.length && isProtocolChar(StringPrototypeCharCodeAt(rest, i))) i++;
  return i > 0 && StringPrototypeCharCodeAt(rest, i) === CHAR_COLON ? i + 1 : 0;
}

// Whether `rest` looks like `//user@host`: '//', then text without '@' or '/', an '@', and at
// least one more character that is neither.
function looksLikeAuthority(rest) {
  if (StringPrototypeCharCodeAt(rest, 0) !== CHAR_FORWARD_SLASH ||
      StringPrototypeCharCodeAt(rest, 1) !== CHAR_FORWARD_SLASH) return false;
  let i = 2;
  while (i < rest.length) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === CHAR_AT || code === CHAR_FORWARD_SLASH) break;
    i++;
  }
  if (i === 2 || StringPrototypeCharCodeAt(rest, i) !== CHAR_AT) return false;
  const next = StringPrototypeCharCodeAt(rest, i + 1);
  return i + 1 < rest.length && next !== CHAR_AT && next !== CHAR_FORWARD_SLASH;
}

// `rest` without tabs and line breaks before `end` (WHATWG drops them; Node does so in the
// authority only).
function dropTabsAndNewlines(rest, end) {
  let parts = null;
  let last = 0;
  for (let i = 0; i < end; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === CHAR_TAB || code === CHAR_LINE_FEED || code === CHAR_CARRIAGE_RETURN) {
      if (parts === null) parts = [];
      parts.push(StringPrototypeSlice(rest, last, i));
      last = i + 1;
    }
  }
  if (parts === null) return rest;
  parts.push(StringPrototypeSlice(rest, last));
  return ArrayPrototypeJoin(parts, '');
}

// Splits `auth@host` off the front of `rest`; returns what follows the host. The authority
// ends at the first '/', '?' or '#'; the last '@' before that ends the user info, and the host
// stops at the first character hosts cannot hold after it.
function parseAuthority(self, rest) {
  let hostEnd = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === CHAR_HASH || code === CHAR_FORWARD_SLASH || code === CHAR_QUESTION_MARK) {
      hostEnd = i;
      break;
    }
  }
  const cleaned = dropTabsAndNewlines(rest, hostEnd);
  hostEnd -= rest.length - cleaned.length;
  rest = cleaned;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < hostEnd; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === CHAR_AT) {
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && code < 128 && nonHostChars[code] === 1) {
      nonHost = i;
    }
  }
  if (nonHost === -1 && hostEnd < rest.length) nonHost = hostEnd;
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponentFn(StringPrototypeSlice(rest, 0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = StringPrototypeSlice(rest, start);
    return '';
  }
  self.host = StringPrototypeSlice(rest, start, nonHost);
  return StringPrototypeSlice(rest, nonHost);
}

function isIpv6Hostname(hostname) {
  return StringPrototypeCharCodeAt(hostname, 0) === CHAR_LEFT_SQUARE_BRACKET &&
    StringPrototypeCharCodeAt(hostname, hostname.length - 1) === CHAR_RIGHT_SQUARE_BRACKET;
}

// Cuts the host name at the first character that cannot be in one ('/', '\', '#', '?', ':'
// left over from an invalid port); the remainder moves to the front of the path. Node warns
// once per process (DEP0170) when that character is a ':'.
function splitInvalidHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const code = StringPrototypeCharCodeAt(hostname, i);
    if (code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH || code === CHAR_HASH ||
        code === CHAR_QUESTION_MARK || code === CHAR_COLON) {
      if (!warnedInvalidPort && code === CHAR_COLON) {
        warnedInvalidPort = true;
        process.emitWarning(
          `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
      }
      self.hostname = StringPrototypeSlice(hostname, 0, i);
      return `/${StringPrototypeSlice(hostname, i)}${rest}`;
    }
  }
  return rest;
}

// Validates and normalizes self.hostname (lower case, punycode, IPv6 brackets) and rebuilds
// self.host from it; returns the (possibly extended) rest of the URL.
function normalizeHost(self, rest, url) {
  if (typeof self.hostname !== 'string') self.hostname = '';
  const ipv6 = isIpv6Hostname(self.hostname);
  if (!ipv6) rest = splitInvalidHostname(self, rest, self.hostname, url);
  if (self.hostname.length > HOSTNAME_MAX_LENGTH) {
    self.hostname = '';
  } else {
    self.hostname = StringPrototypeToLowerCase(self.hostname);
  }
  if (self.hostname !== '') {
    if (ipv6) {
      if (hasCharIn(self.hostname, forbiddenIpv6HostChars)) {
        throw new (errorCodes().ERR_INVALID_URL)(url);
      }
    } else {
      // The conversion can only empty the name or bring in forbidden characters by itself
      // (everything else was split off above): Node throws rather than guess.
      self.hostname = legacyToASCII(self.hostname);
      if (self.hostname === '' || hasCharIn(self.hostname, forbiddenHostChars)) {
        throw new (errorCodes().ERR_INVALID_URL)(url);
      }
    }
  }
  const port = self.port ? `:${self.port}` : '';
  self.host = (self.hostname || '') + port;
  if (ipv6) {
    self.hostname = StringPrototypeSlice(self.hostname, 1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// Percent-encodes the characters Node always escapes after the host.
function autoEscape(rest) {
  let parts = null;
  let last = 0;
  for (let i = 0; i < rest.length; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code < 128 && autoEscapeChars[code] === 1) {
      if (parts === null) parts = [];
      parts.push(StringPrototypeSlice(rest, last, i), percentByte(code));
      last = i + 1;
    }
  }
  if (parts === null) return rest;
  parts.push(StringPrototypeSlice(rest, last));
  return ArrayPrototypeJoin(parts, '');
}

// Fills pathname, search, query and hash from what follows the host.
function parsePathQueryHash(self, rest, parseQueryString) {
  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = StringPrototypeCharCodeAt(rest, i);
    if (code === CHAR_HASH) {
      hash = i;
      self.hash = StringPrototypeSlice(rest, i);
      break;
    }
    if (code === CHAR_QUESTION_MARK && question === -1) question = i;
  }
  if (question !== -1) {
    const queryEnd = hash === -1 ? rest.length : hash;
    self.search = StringPrototypeSlice(rest, question, queryEnd);
    self.query = StringPrototypeSlice(rest, question + 1, queryEnd);
    if (parseQueryString) self.query = querystring().parse(self.query);
  } else if (parseQueryString) {
    self.search = null;
    self.query = { __proto__: null };
  }
  const pathEnd = question !== -1 ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) self.pathname = rest;
  } else if (pathEnd > 0) {
    self.pathname = StringPrototypeSlice(rest, 0, pathEnd);
  }
}

// Parses `url` into this object (fields not found keep their values).
Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('url', 'string', url);
  }
  const input = prepareInput(url);
  let rest = input.rest;

  if (!slashesDenoteHost && !input.hasHash && !input.hasAt) {
    const question = simplePathQuery(rest);
    if (question !== -2) return parseSimplePath(this, rest, question, parseQueryString);
  }

  let proto;
  let lowerProto;
  const protoLength = protocolLength(rest);
  if (protoLength > 0) {
    proto = StringPrototypeSlice(rest, 0, protoLength);
    lowerProto = StringPrototypeToLowerCase(proto);
    this.protocol = lowerProto;
    rest = StringPrototypeSlice(rest, protoLength);
  }

  // '//' starts a host after a scheme, with slashesDenoteHost, or before `user@host`.
  let slashes = false;
  if (slashesDenoteHost || proto || looksLikeAuthority(rest)) {
    slashes = StringPrototypeCharCodeAt(rest, 0) === CHAR_FORWARD_SLASH &&
      StringPrototypeCharCodeAt(rest, 1) === CHAR_FORWARD_SLASH;
    if (slashes && !(proto && isHostlessProtocol(lowerProto))) {
      rest = StringPrototypeSlice(rest, 2);
      this.slashes = true;
    }
  }

  // Schemes other than the known slashed ones have a host even without '//' (`mailto:a@b`).
  // Node looks the scheme up as written here, so 'HTTP:x' counts as unknown.
  if (!isHostlessProtocol(lowerProto) &&
      (slashes || (proto && !isSlashedProtocol(proto)))) {
    rest = parseAuthority(this, rest);
    this.parseHost();
    rest = normalizeHost(this, rest, url);
  }

  if (!isUnsafeProtocol(lowerProto)) rest = autoEscape(rest);
  parsePathQueryHash(this, rest, parseQueryString);

  if (isSlashedProtocol(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }
  // http.request() wants `path`.
  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

// ------------------------------------------------------------------------------------------------
// url.format()

// Percent-encodes `auth` as UTF-8 except for authSafeChars. Like Node it reads `str.length`
// and code units from String(str), so non-strings without a length come back unchanged.
function encodeAuth(str) {
  const len = str.length;
  if (len === 0) return '';
  const parts = [];
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (authSafeChars[c] === 1) continue;
      parts.push(StringPrototypeSlice(str, last, i), percentByte(c));
    } else if (c < 0x800) {
      parts.push(StringPrototypeSlice(str, last, i),
        percentByte(0xc0 | (c >> 6)), percentByte(0x80 | (c & 0x3f)));
    } else if (c < 0xd800 || c >= 0xe000) {
      parts.push(StringPrototypeSlice(str, last, i), percentByte(0xe0 | (c >> 12)),
        percentByte(0x80 | ((c >> 6) & 0x3f)), percentByte(0x80 | (c & 0x3f)));
    } else {
      // A surrogate takes the next code unit as its partner, whatever it is.
      const startOfPair = i;
      i++;
      if (i >= len) throw new (errorCodes().ERR_INVALID_URI)();
      c = 0x10000 + (((c & 0x3ff) << 10) | (StringPrototypeCharCodeAt(str, i) & 0x3ff));
      parts.push(StringPrototypeSlice(str, last, startOfPair), percentByte(0xf0 | (c >> 18)),
        percentByte(0x80 | ((c >> 12) & 0x3f)), percentByte(0x80 | ((c >> 6) & 0x3f)),
        percentByte(0x80 | (c & 0x3f)));
    }
    last = i + 1;
  }
  if (last === 0) return str;
  parts.push(StringPrototypeSlice(str, last));
  return ArrayPrototypeJoin(parts, '');
}

// `pathname` with '#' and '?' percent-encoded.
function escapePathname(pathname) {
  let parts = null;
  let last = 0;
  for (let i = 0; i < pathname.length; ++i) {
    const code = pathname.charCodeAt(i);
    if (code === CHAR_HASH || code === CHAR_QUESTION_MARK) {
      if (parts === null) parts = [];
      parts.push(pathname.slice(last, i), code === CHAR_HASH ? '%23' : '%3F');
      last = i + 1;
    }
  }
  if (parts === null) return pathname;
  parts.push(pathname.slice(last));
  return ArrayPrototypeJoin(parts, '');
}

// Serializes the fields of this object back into a URL string. Fields are read the way Node
// reads them (method calls on their values), so odd field types fail the same way.
Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeAuth(auth) + '@';

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    // An unbracketed name with ':' is taken for an IPv6 address.
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') {
    query = querystring().stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== CHAR_COLON) protocol += ':';

  pathname = escapePathname(pathname);

  // Only known slashed schemes get '//' on their own (mailto: does not), unless the object
  // had slashes; a bare `file:` still gets them.
  if (this.slashes || isSlashedProtocol(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== CHAR_FORWARD_SLASH) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.charCodeAt(0) === 102 &&
               protocol.charCodeAt(1) === 105 && protocol.charCodeAt(2) === 108 &&
               protocol.charCodeAt(3) === 101) { // 'file'
      host = '//';
    }
  }

  search = typeof search === 'string' ? escapeHashes(search) : search.replace(/#/g, '%23');

  if (hash && hash.charCodeAt(0) !== CHAR_HASH) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== CHAR_QUESTION_MARK) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

// `text` with every '#' percent-encoded.
function escapeHashes(text) {
  if (StringPrototypeIndexOf(text, '#') === -1) return text;
  return text.split('#').join('%23');
}

let lazyUrlClass;
let lazyFormatWhatwg;
function isWhatwgUrl(value) {
  if (lazyUrlClass === undefined) lazyUrlClass = require('internal/url').URL;
  return value instanceof lazyUrlClass;
}

// url.format(urlObject, options): strings are parsed first; WHATWG URLs are serialized with
// `options` ({ auth, fragment, search, unicode }); other objects are read as Url fields.
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('urlObject', ['Object', 'string'], urlObject);
  } else if (isWhatwgUrl(urlObject)) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    require('internal/validators').validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  if (lazyFormatWhatwg === undefined) {
    lazyFormatWhatwg = require('internal/url/whatwg_format').formatWhatwgUrl;
  }
  return lazyFormatWhatwg(url, fragment, unicode, search, auth);
}

// ------------------------------------------------------------------------------------------------
// url.resolve() / url.resolveObject()

// url.resolve(from, to): `to` resolved against `from`, as a string.
function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

// url.resolveObject(from, to): the same as a Url (`to` itself when `from` is empty).
function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

// Resolves `relative` (a string or Url) against this URL and formats the result.
Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Resolves `relative` (a string or Url-like object) against this URL into a new Url.
Url.prototype.resolveObject = function resolveObject(relative) {
  return resolveUrlObject(this, relative, Url);
};

// Moves a trailing `:digits` from this.host into this.port; the rest becomes this.hostname.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const text = `${host}`;
  let i = text.length;
  while (i > 0) {
    const code = StringPrototypeCharCodeAt(text, i - 1);
    if (code < 48 || code > 57) break;
    i--;
  }
  if (i > 0 && StringPrototypeCharCodeAt(text, i - 1) === CHAR_COLON) {
    if (i < text.length) this.port = StringPrototypeSlice(text, i);
    host = StringPrototypeSlice(text, 0, i - 1);
  }
  if (host) this.hostname = host;
};

module.exports = {
  Url,
  urlParse,
  urlFormat,
  urlResolve,
  urlResolveObject,
};
