'use strict';
// The fetch `Headers` class. Names compare case-insensitively; repeated values combine with
// ', ' (Cookie with '; ') except Set-Cookie, whose values are also kept apart (getSetCookie, and
// one entry each when iterating). Iteration is sorted by lower-case name, as the Fetch standard
// sorts it, and is live: each step reads the current sorted list at its index, as undici's
// iterators do. util.inspect shows each field under its stored spelling, in insertion order.
// A guard makes the headers of requests and responses fetch built immutable.

const { _checkIsHttpToken: checkIsHttpToken } = require('_http_common');
const webidl = require('internal/fetch/webidl');

const kList = Symbol('headers list');
const kCookies = Symbol('set-cookie values');
const kSorted = Symbol('sorted entries');
const kGuard = Symbol('guard');

// Leading and trailing HTTP whitespace (tab, LF, CR, space) is removed from values.
const trimRegExp = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const invalidValueRegExp = /[\0\r\n]|^[\t ]|[\t ]$/;

function normalizeValue(value) {
  return value.replace(trimRegExp, '');
}

function invalid(prefix, value, type) {
  return webidl.exception(prefix, `"${value}" is an invalid ${type}.`);
}

function checkName(prefix, name) {
  if (!checkIsHttpToken(name)) throw invalid(prefix, name, 'header name');
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

// The header list operations (the Fetch standard's "append", "set", "delete" on a list).
function listAppend(headers, name, value) {
  const key = name.toLowerCase();
  const existing = headers[kList].get(key);
  if (existing === undefined) {
    headers[kList].set(key, { name, value });
  } else {
    existing.value = `${existing.value}${key === 'cookie' ? '; ' : ', '}${value}`;
  }
  if (key === 'set-cookie') (headers[kCookies] ??= []).push(value);
  headers[kSorted] = null;
}

function listSet(headers, name, value) {
  const key = name.toLowerCase();
  if (key === 'set-cookie') headers[kCookies] = [value];
  headers[kList].set(key, { name, value });
  headers[kSorted] = null;
}

function listDelete(headers, key) {
  if (key === 'set-cookie') headers[kCookies] = null;
  headers[kList].delete(key);
  headers[kSorted] = null;
}

/** Validates and appends one field (the Headers "append" algorithm). */
function appendHeader(headers, name, value) {
  value = normalizeValue(value);
  checkName('Headers.append', name);
  if (invalidValueRegExp.test(value)) throw invalid('Headers.append', value, 'header value');
  checkMutable(headers);
  listAppend(headers, name, value);
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kCookies] = null;
    this[kSorted] = null;
    this[kGuard] = 'none';
    if (init !== undefined) {
      // ('contructor' is spelled as Node's messages spell it.)
      fill(this, webidl.toHeadersInit(init, 'Headers contructor', 'init', entriesOfHeaders));
    }
  }

  append(name, value) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments.length, 2, 'Headers.append');
    name = webidl.toByteString(name, 'Headers.append', 'name');
    value = webidl.toByteString(value, 'Headers.append', 'value');
    appendHeader(this, name, value);
  }

  delete(name) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments.length, 1, 'Headers.delete');
    name = webidl.toByteString(name, 'Headers.delete', 'name');
    checkName('Headers.delete', name);
    checkMutable(this);
    const key = name.toLowerCase();
    if (this[kList].has(key)) listDelete(this, key);
  }

  get(name) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments.length, 1, 'Headers.get');
    name = webidl.toByteString(name, 'Headers.get', 'name');
    checkName('Headers.get', name);
    const entry = this[kList].get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  getSetCookie() {
    webidl.brandCheck(this, Headers);
    const cookies = this[kCookies];
    return cookies ? [...cookies] : [];
  }

  has(name) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments.length, 1, 'Headers.has');
    name = webidl.toByteString(name, 'Headers.has', 'name');
    checkName('Headers.has', name);
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    webidl.brandCheck(this, Headers);
    webidl.argumentLengthCheck(arguments.length, 2, 'Headers.set');
    name = webidl.toByteString(name, 'Headers.set', 'name');
    value = normalizeValue(webidl.toByteString(value, 'Headers.set', 'value'));
    checkName('Headers.set', name);
    if (invalidValueRegExp.test(value)) throw invalid('Headers.set', value, 'header value');
    checkMutable(this);
    listSet(this, name, value);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {};
    for (const entry of this[kList].values()) shown[entry.name] = entry.value;
    return `Headers ${inspect(shown, options)}`;
  }
}

for (const name of ['append', 'delete', 'get', 'getSetCookie', 'has', 'set']) {
  Object.defineProperty(Headers.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'Headers',
});

/** The sorted, combined entries the iterators walk (set-cookie values one by one). */
function sortedEntries(headers) {
  if (headers[kSorted]) return headers[kSorted];
  const names = [...headers[kList].keys()].sort();
  const cookies = headers[kCookies];
  const out = [];
  for (const name of names) {
    if (name === 'set-cookie' && cookies !== null && cookies.length > 1) {
      for (const cookie of cookies) out.push([name, cookie]);
    } else {
      out.push([name, headers[kList].get(name).value]);
    }
  }
  headers[kSorted] = out;
  return out;
}

webidl.installIterators(Headers, 'Headers', sortedEntries);

// A Headers given as HeadersInit is read from its list directly: each field under its stored
// spelling, set-cookie values one by one (null: not a Headers, convert it as any iterable).
function entriesOfHeaders(value, iteratorMethod) {
  if (iteratorMethod !== Headers.prototype.entries || !(value instanceof Headers)) return null;
  const pairs = [];
  for (const [key, entry] of value[kList]) {
    if (key === 'set-cookie') {
      for (const cookie of value[kCookies]) pairs.push([entry.name, cookie]);
    } else {
      pairs.push([entry.name, entry.value]);
    }
  }
  return pairs;
}

/** Fills `headers` from an already converted HeadersInit (pairs or a record). */
function fill(headers, init) {
  if (Array.isArray(init)) {
    for (const pair of init) {
      if (pair.length !== 2) {
        throw webidl.exception('Headers constructor', `expected name/value pair to be length 2, found ${pair.length}.`);
      }
      appendHeader(headers, pair[0], pair[1]);
    }
    return;
  }
  for (const key of Object.keys(init)) appendHeader(headers, key, init[key]);
}

/** Headers from a raw [name, value, ...] list (a response's rawHeaders), lower-cased names. */
function headersFromRaw(raw, guard) {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) {
    listAppend(headers, raw[i].toLowerCase(), normalizeValue(raw[i + 1]));
  }
  headers[kGuard] = guard;
  return headers;
}

/** The header list as [name, value] pairs in insertion order, each name as stored (what a request sends). */
function headerPairs(headers) {
  return entriesOfHeaders(headers, Headers.prototype.entries);
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

function getGuard(headers) {
  return headers[kGuard];
}

/** Appends a header without validation or guard checks (values fetch computed itself). */
function appendInternal(headers, name, value) {
  listAppend(headers, name, value);
}

/** A copy of a header list (clone(), or a Request made from a Request), guard included. */
function copyHeaders(headers) {
  const copy = new Headers();
  for (const [key, entry] of headers[kList]) copy[kList].set(key, { name: entry.name, value: entry.value });
  copy[kCookies] = headers[kCookies] === null ? null : [...headers[kCookies]];
  copy[kGuard] = headers[kGuard];
  return copy;
}

module.exports = {
  Headers, headersFromRaw, headerPairs, setGuard, getGuard, appendInternal, copyHeaders, fill, entriesOfHeaders,
};
