'use strict';
// The fetch `Headers` class. Names compare case-insensitively; repeated values combine with
// ', ' except Set-Cookie, whose values stay separate (getSetCookie, and one entry each when
// iterating). Iteration is sorted by lower-case name, as the Fetch standard sorts it;
// util.inspect shows each field under the spelling it was first given, in insertion order, as
// Node's fetch does. A guard makes the headers of requests and responses fetch built immutable.

const { _checkIsHttpToken: checkIsHttpToken } = require('_http_common');

const kList = Symbol('headers list');
const kGuard = Symbol('guard');

// Leading and trailing HTTP whitespace (tab, LF, CR, space) is removed from values.
const trimRegExp = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const invalidValueRegExp = /[\0\r\n]/;

function normalizeValue(value) {
  return `${value}`.replace(trimRegExp, '');
}

function validate(context, name, value) {
  if (!checkIsHttpToken(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
  if (invalidValueRegExp.test(value)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
}

class Headers {
  constructor(init = undefined) {
    // lower-case name → { name (first spelling), value (combined), cookies (set-cookie only) }
    this[kList] = new Map();
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    fill(this, init);
  }

  append(name, value) {
    if (arguments.length < 2) throw missingArguments('append', 2, arguments.length);
    appendHeader(this, `${name}`, normalizeValue(value), 'Headers.append');
  }

  delete(name) {
    if (arguments.length < 1) throw missingArguments('delete', 1, 0);
    name = `${name}`;
    if (!checkIsHttpToken(name)) throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    checkMutable(this);
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    if (arguments.length < 1) throw missingArguments('get', 1, 0);
    name = `${name}`;
    if (!checkIsHttpToken(name)) throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    const entry = this[kList].get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  getSetCookie() {
    const entry = this[kList].get('set-cookie');
    return entry === undefined ? [] : entry.cookies.slice();
  }

  has(name) {
    if (arguments.length < 1) throw missingArguments('has', 1, 0);
    name = `${name}`;
    if (!checkIsHttpToken(name)) throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    if (arguments.length < 2) throw missingArguments('set', 2, arguments.length);
    name = `${name}`;
    value = normalizeValue(value);
    validate('Headers.set', name, value);
    checkMutable(this);
    const key = name.toLowerCase();
    const existing = this[kList].get(key);
    const entry = { name: existing ? existing.name : name, value, cookies: key === 'set-cookie' ? [value] : null };
    this[kList].set(key, entry);
  }

  forEach(callback, thisArg = globalThis) {
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of this) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  *keys() {
    for (const [name] of sortedEntries(this)) yield name;
  }

  *values() {
    for (const [, value] of sortedEntries(this)) yield value;
  }

  *entries() {
    yield* sortedEntries(this);
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {};
    for (const entry of this[kList].values()) shown[entry.name] = entry.value;
    return `Headers ${inspect(shown, options)}`;
  }
}

Object.defineProperty(Headers.prototype, Symbol.iterator, {
  __proto__: null, configurable: true, writable: true, enumerable: false, value: Headers.prototype.entries,
});

function missingArguments(method, required, given) {
  // WebIDL's wording, as Node's fetch words it ("but only 1 found", "but 0 found").
  const found = given === 0 ? '0' : `only ${given}`;
  return new TypeError(`Headers.${method}: ${required} argument${required === 1 ? '' : 's'} required, but ${found} found.`);
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function appendHeader(headers, name, value, context) {
  validate(context, name, value);
  checkMutable(headers);
  const key = name.toLowerCase();
  const existing = headers[kList].get(key);
  if (existing === undefined) {
    headers[kList].set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
  } else {
    existing.value = `${existing.value}, ${value}`;
    if (existing.cookies) existing.cookies.push(value);
  }
}

function fill(headers, init) {
  if (init instanceof Headers) {
    // Keeps each field's first spelling (what a request sends).
    for (const [key, entry] of init[kList]) {
      if (key === 'set-cookie') {
        for (const cookie of entry.cookies) appendHeader(headers, entry.name, cookie, 'Headers.append');
      } else {
        appendHeader(headers, entry.name, entry.value, 'Headers.append');
      }
    }
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    let index = 0;
    for (const pair of init) {
      if (typeof pair !== 'string' && (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function')) {
        throw new TypeError(`Headers contructor: init[${index}] (${typeof pair === 'string' ? pair : String(pair)}) is not iterable.`);
      }
      index++;
      const list = typeof pair === 'string' ? null : [...pair];
      if (list === null || list.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${list ? list.length : 1}.`);
      }
      appendHeader(headers, `${list[0]}`, normalizeValue(list[1]), 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    appendHeader(headers, key, normalizeValue(init[key]), 'Headers.append');
  }
}

function sortedEntries(headers) {
  const names = [...headers[kList].keys()].sort();
  const out = [];
  for (const name of names) {
    const entry = headers[kList].get(name);
    if (name === 'set-cookie') {
      for (const cookie of entry.cookies) out.push([name, cookie]);
    } else {
      out.push([name, entry.value]);
    }
  }
  return out;
}

/** Headers from a raw [name, value, ...] list (a response's rawHeaders), lower-cased names. */
function headersFromRaw(raw, guard) {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const value = normalizeValue(raw[i + 1]);
    const existing = headers[kList].get(name);
    if (existing === undefined) {
      headers[kList].set(name, { name, value, cookies: name === 'set-cookie' ? [value] : null });
    } else {
      existing.value = `${existing.value}, ${value}`;
      if (existing.cookies) existing.cookies.push(value);
    }
  }
  headers[kGuard] = guard;
  return headers;
}

/** The header list as [name, value] pairs in insertion order, each name as first spelled (what a request sends). */
function headerPairs(headers) {
  const pairs = [];
  for (const [key, entry] of headers[kList]) {
    if (key === 'set-cookie') {
      for (const cookie of entry.cookies) pairs.push([entry.name, cookie]);
    } else {
      pairs.push([entry.name, entry.value]);
    }
  }
  return pairs;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

/** Sets a header without validation or guard checks (values fetch computed itself). */
function setInternal(headers, name, value) {
  headers[kList].set(name, { name, value, cookies: null });
}

module.exports = { Headers, headersFromRaw, headerPairs, setGuard, setInternal, fill };
