'use strict';
// structuredClone(): the HTML structured-clone algorithm for the values Node supports
// (primitives, wrappers, Date, RegExp, Map, Set, arrays, plain objects, ArrayBuffer, typed
// arrays, DataView, errors), preserving cycles and shared references.

const ObjectKeys = Object.keys;
const ObjectPrototypeToString = Object.prototype.toString;

function dataCloneMessage(message) {
  if (typeof DOMException === 'function') return new DOMException(message, 'DataCloneError');
  const error = new Error(message);
  error.name = 'DataCloneError';
  return error;
}

function nativeTypeError(code, message) {
  return require('internal/errors').nativeError(TypeError, code, message);
}

function dataCloneError(value) {
  let shown;
  try {
    if (typeof value === 'symbol') shown = value.toString();
    else if (typeof value === 'function') shown = String(value);
    // V8 names other objects by their constructor: `#<WeakMap>`.
    else if (typeof value === 'object' && value !== null) shown = `#<${value.constructor?.name ?? 'Object'}>`;
    else shown = String(value);
  } catch {
    shown = '#<Object>';
  }
  const message = `${shown} could not be cloned.`;
  if (typeof DOMException === 'function') return new DOMException(message, 'DataCloneError');
  const error = new Error(message);
  error.name = 'DataCloneError';
  error.code = 25;
  return error;
}

// What kind of object `value` really is. Object.prototype.toString reports a Symbol.toStringTag
// when there is one (`class Foo { get [Symbol.toStringTag]() {...} }`, AbortSignal, a plain
// object claiming to be a 'Map'), and V8's serializer never looks at it: then the kind comes from
// brand checks (the built-in methods that throw on objects of other kinds).
const SymbolToStringTag = Symbol.toStringTag;
const brandChecks = [
  ['[object Date]', Date.prototype.getTime],
  ['[object RegExp]', Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get],
  ['[object Map]', Map.prototype.has],
  ['[object Set]', Set.prototype.has],
  ['[object ArrayBuffer]', Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get],
  ['[object DataView]', Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get],
  ['[object Boolean]', Boolean.prototype.valueOf],
  ['[object Number]', Number.prototype.valueOf],
  ['[object String]', String.prototype.valueOf],
  ['[object BigInt]', BigInt.prototype.valueOf],
];
// The built-in prototypes whose tag names what their objects are (Map.prototype's 'Map' for a
// Map, Promise.prototype's 'Promise' for a promise, ...): a tag found there is trusted.
let intrinsicTagOwners;
function builtinTagOwners() {
  if (intrinsicTagOwners !== undefined) return intrinsicTagOwners;
  const getProto = Object.getPrototypeOf;
  const owners = new Set();
  for (const name of ['Promise', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Symbol',
    'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'BigInt', 'Map', 'Set']) {
    const ctor = globalThis[name];
    if (typeof ctor === 'function') owners.add(ctor.prototype);
  }
  owners.add(getProto(Uint8Array.prototype));
  owners.add(getProto(new Map().entries()));
  owners.add(getProto(new Set().values()));
  owners.add(getProto([][Symbol.iterator]()));
  owners.add(getProto(''[Symbol.iterator]()));
  owners.add(getProto(/a/[Symbol.matchAll]('')));
  owners.add(getProto(function* generator() {}).prototype);
  owners.add(getProto(async function* generator() {}).prototype);
  if (typeof Intl === 'object' && Intl !== null) {
    for (const name of Object.getOwnPropertyNames(Intl)) {
      const ctor = Intl[name];
      if (typeof ctor === 'function' && ctor.prototype) owners.add(ctor.prototype);
    }
  }
  intrinsicTagOwners = owners;
  return owners;
}

// The Symbol.toStringTag a value claims; '' when reading it throws (a throwing getter claims
// nothing; the kind is then decided by brand checks).
function claimedTag(value) {
  try {
    return value[SymbolToStringTag];
  } catch {
    return '';
  }
}

function isBlob(value) {
  const claimed = claimedTag(value);
  if (claimed !== 'Blob' && claimed !== 'File') return false;
  return value instanceof require('internal/blob').Blob;
}

function tagOwner(value) {
  for (let object = value; object !== null; object = Object.getPrototypeOf(object)) {
    if (Object.prototype.hasOwnProperty.call(object, SymbolToStringTag)) return object;
  }
  return null;
}

// Brand checks for kinds that are refused (their tag leads to a DataCloneError).
function refusedBrandChecks() {
  const { getPromiseState } = internalBinding('util');
  const checks = [
    ['[object Promise]', function() {
      if (getPromiseState(this) === undefined) throw new TypeError('not a promise');
    }],
    ['[object WeakMap]', function() { WeakMap.prototype.has.call(this, {}); }],
    ['[object WeakSet]', function() { WeakSet.prototype.has.call(this, {}); }],
  ];
  if (typeof WeakRef === 'function') checks.push(['[object WeakRef]', WeakRef.prototype.deref]);
  return checks;
}

// A promise, WeakMap, WeakSet or WeakRef whose tag was changed: still refused, as in V8 (an
// object merely inheriting from their prototypes is an ordinary object).
function isRefusedKind(value) {
  const checks = refusedBrandChecks();
  for (let i = 0; i < checks.length; i++) {
    try {
      checks[i][1].call(value);
      return true;
    } catch {
      // Not of this kind.
    }
  }
  return false;
}

function kindOf(value) {
  const claimed = claimedTag(value);
  if (typeof claimed !== 'string') return ObjectPrototypeToString.call(value);
  if (builtinTagOwners().has(tagOwner(value))) {
    // An object made from a built-in prototype (Object.create(Map.prototype)) is not of its kind.
    const tag = ObjectPrototypeToString.call(value);
    const checks = [...brandChecks, ...refusedBrandChecks()];
    for (let i = 0; i < checks.length; i++) {
      if (checks[i][0] !== tag) continue;
      try {
        checks[i][1].call(value);
        return tag;
      } catch {
        return '[object Object]';
      }
    }
    return tag;
  }
  if (Array.isArray(value)) return '[object Array]';
  if (ArrayBuffer.isView(value)) return '[object ArrayBufferView]';
  for (let i = 0; i < brandChecks.length; i++) {
    const check = brandChecks[i];
    // RegExp.prototype's source getter answers for the prototype itself.
    if (check[0] === '[object RegExp]' && value === RegExp.prototype) continue;
    try {
      check[1].call(value);
      return check[0];
    } catch {
      // Not of this kind.
    }
  }
  if (value instanceof Error) return '[object Error]';
  return '[object Object]';
}

const ERROR_TYPES = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function clone(value, memory) {
  if (typeof value === 'symbol' || typeof value === 'function') throw dataCloneError(value);
  if (value === null || typeof value !== 'object') return value;
  if (memory.has(value)) return memory.get(value);
  // V8 refuses proxies, whatever they wrap.
  if (internalBinding('util').isProxy(value)) {
    throw Array.isArray(value) ? dataCloneMessage('[object Array] could not be cloned.') :
      dataCloneError(value);
  }
  // Node 20 clones a DOMException as an empty plain object.
  if (typeof DOMException === 'function' && value instanceof DOMException) {
    const empty = {};
    memory.set(value, empty);
    return empty;
  }
  // A Blob (or File) clones as a Blob with the same bytes and type, as Node's platform object.
  if (isBlob(value)) {
    const { Blob } = require('internal/blob');
    const copy = new Blob([value], { type: value.type });
    memory.set(value, copy);
    return copy;
  }
  const tag = kindOf(value);
  let out;
  switch (tag) {
    case '[object Boolean]': out = Object(Boolean.prototype.valueOf.call(value)); break;
    case '[object Number]': out = Object(Number.prototype.valueOf.call(value)); break;
    case '[object String]': out = Object(String.prototype.valueOf.call(value)); break;
    case '[object BigInt]': out = Object(BigInt.prototype.valueOf.call(value)); break;
    case '[object Date]': out = new Date(Date.prototype.getTime.call(value)); break;
    case '[object RegExp]': out = new RegExp(value.source, value.flags); break;
    case '[object ArrayBuffer]':
      try {
        out = ArrayBuffer.prototype.slice.call(value, 0);
      } catch {
        throw dataCloneMessage('An ArrayBuffer is detached and could not be cloned.');
      }
      break;
    case '[object DataView]': {
      const buffer = clone(value.buffer, memory);
      out = new DataView(buffer, value.byteOffset, value.byteLength);
      break;
    }
    case '[object Map]': {
      out = new Map();
      memory.set(value, out);
      for (const [k, v] of Map.prototype.entries.call(value)) out.set(clone(k, memory), clone(v, memory));
      return out;
    }
    case '[object Set]': {
      out = new Set();
      memory.set(value, out);
      for (const v of Set.prototype.values.call(value)) out.add(clone(v, memory));
      return out;
    }
    case '[object Error]': {
      const name = value.name;
      const Ctor = Object.hasOwn(ERROR_TYPES, name) ? ERROR_TYPES[name] : Error;
      out = Object.create(Ctor.prototype);
      memory.set(value, out);
      const define = (key, v) => Object.defineProperty(out, key, {
        __proto__: null, value: v, writable: true, configurable: true, enumerable: false,
      });
      if (value.message !== undefined && value.message !== '') define('message', String(value.message));
      if (value.stack !== undefined) define('stack', String(value.stack));
      if ('cause' in value) define('cause', clone(value.cause, memory));
      return out;
    }
    case '[object Array]': {
      out = new Array(value.length);
      memory.set(value, out);
      for (const key of ObjectKeys(value)) out[key] = clone(value[key], memory);
      return out;
    }
    case '[object Object]':
      if (ArrayBuffer.isView(value) || isRefusedKind(value)) throw dataCloneError(value);
      out = {};
      memory.set(value, out);
      for (const key of ObjectKeys(value)) out[key] = clone(value[key], memory);
      return out;
    default:
      if (ArrayBuffer.isView(value)) {
        // The clone is of the view's built-in kind (a Buffer comes back as a Uint8Array).
        const buffer = clone(value.buffer, memory);
        const tag = TypedArrayTag(value);
        out = tag === undefined ? new DataView(buffer, value.byteOffset, value.byteLength) :
          new globalThis[tag](buffer, value.byteOffset, value.length);
        break;
      }
      throw dataCloneError(value);
  }
  memory.set(value, out);
  return out;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // Node's wording here comes from its C++ side: no quotes around the name.
    const error = new TypeError('The value argument must be specified');
    error.code = 'ERR_MISSING_ARGS';
    throw error;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    const error = new TypeError('The options argument must be either an object or undefined');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  const memory = new Map();
  const transfer = options?.transfer;
  const transferred = [];
  if (transfer !== undefined && transfer !== null) {
    // Like Node: any object will do (one that is not iterable transfers nothing); a primitive,
    // even an iterable string, is refused.
    if (typeof transfer !== 'object' && typeof transfer !== 'function') {
      throw nativeTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    }
    const items = typeof transfer[Symbol.iterator] === 'function' ? transfer : [];
    for (const item of items) {
      if (!(item instanceof ArrayBuffer)) {
        throw nativeTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
      }
      if (transferred.includes(item)) throw dataCloneMessage('Transfer list contains duplicate ArrayBuffer');
      transferred.push(item);
      // An already detached buffer may stay in the list; only cloning one fails.
      let copy;
      try {
        copy = ArrayBuffer.prototype.slice.call(item, 0);
      } catch {
        continue;
      }
      memory.set(item, copy);
    }
  }
  const result = clone(value, memory);
  // Transferred buffers now belong to the clone: the originals are detached.
  for (const item of transferred) internalBinding('util').detachArrayBuffer(item);
  return result;
}

const TypedArrayTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

module.exports = { structuredClone };
