'use strict';
// The WebIDL conversions the fetch classes apply to their arguments, with the error messages
// Node's fetch (undici) gives: brand checks ("Illegal invocation"), argument counts, DOMString /
// ByteString / USVString, unsigned short, enumerations in dictionaries, and HeadersInit.

/** A TypeError worded `${header}: ${message}`. */
function exception(header, message) {
  return new TypeError(`${header}: ${message}`);
}

function conversionFailed(prefix, argument, types) {
  const plural = types.length === 1 ? '' : ' one of';
  return exception(prefix, `${argument} could not be converted to${plural}: ${types.join(', ')}.`);
}

/** Methods and getters called on an object of another class. */
function brandCheck(value, Class) {
  if (!(value instanceof Class)) {
    const error = new TypeError('Illegal invocation');
    error.code = 'ERR_INVALID_THIS';
    throw error;
  }
}

function argumentLengthCheck(length, min, prefix) {
  if (length < min) {
    const only = length ? ' only' : '';
    throw exception(prefix, `${min} argument${min !== 1 ? 's' : ''} required, but${only} ${length} found.`);
  }
}

/** WebIDL's type names, as undici's webidl.util.Type reports them. */
function typeOf(value) {
  switch (typeof value) {
    case 'undefined': return 'Undefined';
    case 'boolean': return 'Boolean';
    case 'string': return 'String';
    case 'symbol': return 'Symbol';
    case 'number': return 'Number';
    case 'bigint': return 'BigInt';
    case 'function':
    case 'object': return value === null ? 'Null' : 'Object';
    default: return 'Object';
  }
}

/** A value as error messages show it (objects through util.inspect). */
function stringify(value) {
  switch (typeOf(value)) {
    case 'Symbol': return `Symbol(${value.description})`;
    case 'Object': return require('internal/util/inspect').inspect(value);
    case 'String': return `"${value}"`;
    default: return `${value}`;
  }
}

function toDOMString(value, prefix, argument) {
  if (typeof value === 'symbol') {
    throw exception(prefix, `${argument} is a symbol, which cannot be converted to a DOMString.`);
  }
  return String(value);
}

function toByteString(value, prefix, argument) {
  const string = toDOMString(value, prefix, argument);
  for (let index = 0; index < string.length; index++) {
    const code = string.charCodeAt(index);
    if (code > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${index} has a value of ${code} which is greater than 255.`);
    }
  }
  return string;
}

// (A symbol fails with the engine's own message here, as in Node.)
function toUSVString(value) {
  return `${value}`.toWellFormed();
}

/** WebIDL `unsigned short` without [EnforceRange]: truncated, then taken modulo 2^16 (JS's %). */
function toUnsignedShort(value) {
  const x = Number(value);
  if (Number.isNaN(x) || x === 0 || !Number.isFinite(x)) return 0;
  const integer = x < 0 ? -Math.floor(-x) : Math.floor(x);
  return integer % 65536;
}

/**
 * Converts a dictionary argument: `members` lists { key, convert, allowed, defaultValue } in the
 * order the IDL declares them (the order conversions, and so errors, happen).
 */
function toDictionary(value, prefix, argument, members) {
  const type = typeOf(value);
  const dict = {};
  if (type === 'Null' || type === 'Undefined') return dict;
  if (type !== 'Object') throw exception(prefix, `Expected ${value} to be one of: Null, Undefined, Object.`);
  for (const member of members) {
    const { key, convert, allowed } = member;
    let item = value[key];
    const hasDefault = member.defaultValue !== undefined;
    if (hasDefault && item !== null) item ??= member.defaultValue;
    if (!hasDefault && item === undefined) continue;
    item = convert(item, prefix, `${argument}.${key}`);
    if (allowed && !allowed.includes(item)) {
      throw exception(prefix, `${item} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
    }
    dict[key] = item;
  }
  return dict;
}

// sequence<ByteString>: one name/value pair of a HeadersInit sequence.
function toByteStringSequence(value, prefix, argument) {
  if (typeOf(value) !== 'Object') throw exception(prefix, `${argument} (${stringify(value)}) is not iterable.`);
  const iterator = value[Symbol.iterator]?.();
  if (iterator === undefined || typeof iterator.next !== 'function') {
    throw exception(prefix, `${argument} is not iterable.`);
  }
  const out = [];
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    out.push(toByteString(step.value, prefix, `${argument}[${out.length}]`));
  }
  return out;
}

/**
 * HeadersInit: an array of [name, value] ByteString arrays (from any iterable, or the entries
 * of a Headers given as `entriesOf`), or a plain object of ByteStrings (a record: every own
 * property, enumerable or not, as undici reads it).
 */
function toHeadersInit(value, prefix, argument, entriesOf) {
  if (typeOf(value) !== 'Object') {
    throw conversionFailed('Headers constructor', 'Argument 1',
      ['sequence<sequence<ByteString>>', 'record<ByteString, ByteString>']);
  }
  const iteratorMethod = value[Symbol.iterator];
  if (entriesOf && !require('internal/util/types').isProxy(value)) {
    const pairs = entriesOf(value, iteratorMethod);
    if (pairs !== null) return pairs;
  }
  if (typeof iteratorMethod === 'function') {
    const iterator = iteratorMethod.call(value);
    if (iterator === undefined || iterator === null || typeof iterator.next !== 'function') {
      throw exception(prefix, `${argument} is not iterable.`);
    }
    const out = [];
    for (let step = iterator.next(); !step.done; step = iterator.next()) {
      out.push(toByteStringSequence(step.value, prefix, `${argument}[${out.length}]`));
    }
    return out;
  }
  const record = {};
  for (const key of [...Object.getOwnPropertyNames(value), ...Object.getOwnPropertySymbols(value)]) {
    const name = toByteString(key, prefix, argument);
    record[name] = toByteString(value[key], prefix, argument);
  }
  return record;
}

const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

/**
 * The iterators of a pair-iterable interface (`${name} Iterator`). They are live, as undici's
 * are: each step reads `entriesOf(target)` (an array of [key, value]) at its index.
 */
function createIteratorFactory(name, entriesOf) {
  const prototype = Object.create(IteratorPrototype, {
    next: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      writable: true,
      value: function next() {
        if (typeof this !== 'object' || this === null || !(kTarget in this)) {
          throw new TypeError(`'next' called on an object that does not implement interface ${name} Iterator.`);
        }
        const entries = entriesOf(this[kTarget]);
        const index = this[kIndex];
        if (index >= entries.length) return { value: undefined, done: true };
        this[kIndex] = index + 1;
        const [key, value] = entries[index];
        if (this[kKind] === 'key') return { value: key, done: false };
        if (this[kKind] === 'value') return { value, done: false };
        return { value: [key, value], done: false };
      },
    },
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: `${name} Iterator` },
  });
  return (target, kind) => {
    // Hidden state: util.inspect shows these iterators as empty objects, as Node does.
    return Object.create(prototype, {
      [kTarget]: { __proto__: null, value: target },
      [kKind]: { __proto__: null, value: kind },
      [kIndex]: { __proto__: null, value: 0, writable: true },
    });
  };
}

/**
 * Adds keys/values/entries/forEach/@@iterator to a pair-iterable interface (WebIDL's
 * iterable<K, V>), each with its brand check.
 */
function installIterators(Class, name, entriesOf) {
  const makeIterator = createIteratorFactory(name, entriesOf);
  const methods = {
    keys() {
      brandCheck(this, Class);
      return makeIterator(this, 'key');
    },
    values() {
      brandCheck(this, Class);
      return makeIterator(this, 'value');
    },
    entries() {
      brandCheck(this, Class);
      return makeIterator(this, 'key+value');
    },
    forEach(callback, thisArg = globalThis) {
      brandCheck(this, Class);
      argumentLengthCheck(arguments.length, 1, `${name}.forEach`);
      if (typeof callback !== 'function') {
        throw new TypeError(`Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`);
      }
      for (const [key, value] of makeIterator(this, 'key+value')) Reflect.apply(callback, thisArg, [value, key, this]);
    },
  };
  for (const key of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, key, {
      __proto__: null, configurable: true, enumerable: true, writable: true, value: methods[key],
    });
  }
  Object.defineProperty(Class.prototype, Symbol.iterator, {
    __proto__: null, configurable: true, enumerable: false, writable: true, value: methods.entries,
  });
}

module.exports = {
  installIterators,
  exception, conversionFailed, brandCheck, argumentLengthCheck, typeOf, stringify,
  toDOMString, toByteString, toUSVString, toUnsignedShort, toDictionary, toHeadersInit,
};
