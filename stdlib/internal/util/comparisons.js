'use strict';

// Deep equality as Node.js v20's assert.deepEqual / assert.deepStrictEqual and
// util.isDeepStrictEqual define it.
//
// Loose mode compares primitives with `==` (NaN equals NaN) and ignores
// prototypes and symbol keys; strict mode compares primitives with Object.is,
// requires identical prototypes and also compares own enumerable symbol keys.
// Both compare the same "kind" (Object.prototype.toString tag), own enumerable
// keys, array elements (holes included), Map / Set contents (object keys are
// matched by deep equality), Dates by time value, RegExps by source / flags /
// lastIndex, boxed primitives by value, typed arrays / ArrayBuffers / DataViews
// byte for byte (loose float arrays element by element) and Errors also by
// name, message, cause and errors. WeakMaps, WeakSets and Promises are compared
// like plain objects (their contents cannot be observed).
//
// URLs are compared by href. Cycles: see compare() at the end.

const types = require('internal/util/types');
const { getOwnNonIndexProperties } = require('internal/util/inspect_kinds');

const {
  isAnyArrayBuffer, isArrayBufferView, isBoxedPrimitive, isDate, isMap, isNativeError, isRegExp,
  isSet, isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject,
  typedArrayKind,
} = types;

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ArrayIsArray = Array.isArray;
const ArrayPush = uncurry(Array.prototype.push);
const ErrorCtor = Error;
const NumberIsNaN = Number.isNaN;
const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectPrototypeToString = uncurry(Object.prototype.toString);
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const DateGetTime = uncurry(Date.prototype.getTime);
const RegExpSource = uncurry(ObjectGetOwnPropertyDescriptor(RegExp.prototype, 'source').get);
const RegExpFlags = uncurry(ObjectGetOwnPropertyDescriptor(RegExp.prototype, 'flags').get);
const NumberValueOf = uncurry(Number.prototype.valueOf);
const StringValueOf = uncurry(String.prototype.valueOf);
const BooleanValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolValueOf = uncurry(Symbol.prototype.valueOf);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayBuffer = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get);
const TypedArrayByteOffset = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get);
const TypedArrayByteLength = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get);
const TypedArrayLength = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
const DataViewBuffer = uncurry(ObjectGetOwnPropertyDescriptor(DataView.prototype, 'buffer').get);
const DataViewByteOffset = uncurry(ObjectGetOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get);
const DataViewByteLength = uncurry(ObjectGetOwnPropertyDescriptor(DataView.prototype, 'byteLength').get);
const ArrayBufferByteLength = uncurry(ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurry(ObjectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get) : undefined;
const MapSize = uncurry(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
const MapHas = uncurry(Map.prototype.has);
const MapGet = uncurry(Map.prototype.get);
const MapEntries = uncurry(Map.prototype.entries);
const MapIteratorNext = uncurry(ObjectGetPrototypeOf(new Map().entries()).next);
const SetSize = uncurry(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
const SetHas = uncurry(Set.prototype.has);
const SetAdd = uncurry(Set.prototype.add);
const SetDelete = uncurry(Set.prototype.delete);
const SetValues = uncurry(Set.prototype.values);
const SetIteratorNext = uncurry(ObjectGetPrototypeOf(new Set().values()).next);
const Uint8ArrayCtor = Uint8Array;
const SetCtor = Set;
const RangeErrorCtor = RangeError;

const kLoose = false;
const kStrict = true;

// What keyCheck walks besides the own keys.
const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

// ---------------------------------------------------------------------------------------------
// Leaf comparisons

function sameRegExp(a, b) {
  return RegExpSource(a) === RegExpSource(b) && RegExpFlags(a) === RegExpFlags(b) &&
    a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  if (typedArrayKind(view) !== undefined) {
    return new Uint8ArrayCtor(TypedArrayBuffer(view), TypedArrayByteOffset(view), TypedArrayByteLength(view));
  }
  return new Uint8ArrayCtor(DataViewBuffer(view), DataViewByteOffset(view), DataViewByteLength(view));
}

function viewByteLength(view) {
  return typedArrayKind(view) !== undefined ? TypedArrayByteLength(view) : DataViewByteLength(view);
}

function sameBytes(x, y) {
  const n = x.length;
  if (n !== y.length) return false;
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

// Loose Float32Array / Float64Array: element values compared with `===` (so +0 equals -0 and NaN
// differs from itself).
function sameFloatElements(a, b) {
  if (TypedArrayByteLength(a) !== TypedArrayByteLength(b)) return false;
  const n = TypedArrayLength(a);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function anyBufferByteLength(buf) {
  try {
    return ArrayBufferByteLength(buf);
  } catch {
    return SharedArrayBufferByteLength(buf);
  }
}

function sameArrayBuffers(a, b) {
  const n = anyBufferByteLength(a);
  return n === anyBufferByteLength(b) && sameBytes(new Uint8ArrayCtor(a), new Uint8ArrayCtor(b));
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && ObjectIs(NumberValueOf(a), NumberValueOf(b));
  if (isStringObject(a)) return isStringObject(b) && StringValueOf(a) === StringValueOf(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && BooleanValueOf(a) === BooleanValueOf(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigIntValueOf(a) === BigIntValueOf(b);
  return isSymbolObject(b) && SymbolValueOf(a) === SymbolValueOf(b);
}

function isErrorLike(value) {
  if (isNativeError(value)) return true;
  try {
    return value instanceof ErrorCtor;
  } catch {
    return false;
  }
}

// Error properties that are usually not enumerable are compared here; when `b` has them as
// enumerable own properties the key comparison covers them.
function sameErrorProperties(a, b, strict) {
  if (!isEnumerable(b, 'message') && a.message !== b.message) return false;
  if (!isEnumerable(b, 'name') && a.name !== b.name) return false;
  if (!isEnumerable(b, 'cause') && !innerDeepEqual(a.cause, b.cause, strict)) return false;
  if (!isEnumerable(b, 'errors') && !innerDeepEqual(a.errors, b.errors, strict)) return false;
  return true;
}

// Own enumerable keys that are not array indices (strings, and in strict mode also symbols).
function nonIndexKeys(value, strict) {
  const keys = getOwnNonIndexProperties(value, false);
  if (strict) return keys;
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (typeof keys[i] === 'string') ArrayPush(out, keys[i]);
  }
  return out;
}

// WHATWG URL objects (not legacy url.parse() results, which have `auth` and `path`).
function isURL(v) {
  return Boolean(v.href && v.protocol && v.auth === undefined && v.path === undefined);
}

function isSpecialObject(v) {
  return ArrayIsArray(v) || isArrayBufferView(v) || isSet(v) || isMap(v) || isDate(v) || isRegExp(v) ||
    isAnyArrayBuffer(v) || isBoxedPrimitive(v) || isErrorLike(v);
}

// ---------------------------------------------------------------------------------------------
// The recursion

function innerDeepEqual(val1, val2, strict) {
  if (val1 === val2) {
    return val1 !== 0 || !strict || ObjectIs(val1, val2);
  }
  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && val1 !== val1 && val2 !== val2;
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  // Both are objects. The depth bound keeps the recursion inside the engine's stack (an engine
  // stack overflow cannot be caught); see isDeepEqual for what happens when it is reached.
  if (++depth > depthLimit) {
    if (pathLeft === null) throw kDepthExceeded;
    throw new RangeErrorCtor('Maximum call stack size exceeded');
  }
  const result = objectDeepEqual(val1, val2, strict);
  depth--;
  return result;
}

function objectDeepEqual(val1, val2, strict) {
  const tag = ObjectPrototypeToString(val1);
  if (tag !== ObjectPrototypeToString(val2)) return false;

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) return false;
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, kArray, keys1);
  }
  if (tag === '[object Object]') return keyCheck(val1, val2, strict, kPlain, undefined);
  if (isDate(val1)) {
    if (!isDate(val2) || DateGetTime(val1) !== DateGetTime(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !sameRegExp(val1, val2)) return false;
  } else if (isErrorLike(val1)) {
    if (!isErrorLike(val2) || !sameErrorProperties(val1, val2, strict)) return false;
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) return false;
    const kind = typedArrayKind(val1);
    if (!strict && (kind === 'Float32Array' || kind === 'Float64Array')) {
      if (!sameFloatElements(val1, val2)) return false;
    } else if (viewByteLength(val1) !== viewByteLength(val2) || !sameBytes(bytesOf(val1), bytesOf(val2))) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, kPlain, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || SetSize(val1) !== SetSize(val2)) return false;
    return keyCheck(val1, val2, strict, kSet, undefined);
  } else if (isMap(val1)) {
    if (!isMap(val2) || MapSize(val1) !== MapSize(val2)) return false;
    return keyCheck(val1, val2, strict, kMap, undefined);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !sameArrayBuffers(val1, val2)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!sameBoxedPrimitive(val1, val2)) return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  } else if (isSpecialObject(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, kPlain, undefined);
}

function enumerableSymbolCount(obj, symbols) {
  let n = 0;
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerable(obj, symbols[i])) n++;
  }
  return n;
}

// `aKeys` undefined: compare the own enumerable string keys (and in strict mode symbols) here.
function keyCheck(val1, val2, strict, kind, aKeys) {
  const computeKeys = aKeys === undefined;
  if (computeKeys) {
    aKeys = ObjectKeys(val1);
    if (aKeys.length !== ObjectKeys(val2).length) return false;
  }
  for (let i = 0; i < aKeys.length; i++) {
    if (!hasOwn(val2, aKeys[i])) return false;
  }

  if (strict && computeKeys) {
    const symbolsA = ObjectGetOwnPropertySymbols(val1);
    if (symbolsA.length !== 0) {
      let count = 0;
      for (let i = 0; i < symbolsA.length; i++) {
        const key = symbolsA[i];
        if (isEnumerable(val1, key)) {
          if (!isEnumerable(val2, key)) return false;
          ArrayPush(aKeys, key);
          count++;
        } else if (isEnumerable(val2, key)) {
          return false;
        }
      }
      const symbolsB = ObjectGetOwnPropertySymbols(val2);
      if (symbolsA.length !== symbolsB.length && enumerableSymbolCount(val2, symbolsB) !== count) {
        return false;
      }
    } else {
      const symbolsB = ObjectGetOwnPropertySymbols(val2);
      if (symbolsB.length !== 0 && enumerableSymbolCount(val2, symbolsB) !== 0) return false;
    }
  }

  if (aKeys.length === 0) {
    if (kind === kPlain) return true;
    if (kind === kArray ? val1.length === 0 : (kind === kSet ? SetSize(val1) : MapSize(val1)) === 0) {
      return true;
    }
  }

  if (pathLeft === null) return objEquiv(val1, val2, strict, aKeys, kind);

  // Cycles: recursion stops (equal) when both values are already being compared further up the
  // path, as Node does ("both sides encounter a circular reference").
  if (SetHas(pathLeft, val1) && SetHas(pathRight, val2)) return true;
  let addedLeft = false;
  let addedRight = false;
  if (!SetHas(pathLeft, val1)) {
    SetAdd(pathLeft, val1);
    addedLeft = true;
  }
  if (!SetHas(pathRight, val2)) {
    SetAdd(pathRight, val2);
    addedRight = true;
  }
  const result = objEquiv(val1, val2, strict, aKeys, kind);
  if (addedLeft) SetDelete(pathLeft, val1);
  if (addedRight) SetDelete(pathRight, val2);
  return result;
}

function objEquiv(a, b, strict, keys, kind) {
  if (kind === kSet) {
    if (!setEquiv(a, b, strict)) return false;
  } else if (kind === kMap) {
    if (!mapEquiv(a, b, strict)) return false;
  } else if (kind === kArray) {
    const n = a.length;
    for (let i = 0; i < n; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole in both: compare the remaining own keys of the sparse array directly.
        const keysA = ObjectKeys(a);
        for (let j = i; j < keysA.length; j++) {
          const key = keysA[j];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict)) return false;
        }
        return keysA.length === ObjectKeys(b).length;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Sets and Maps

// For a primitive missing from the other collection in loose mode: `false` when no loosely equal
// primitive can exist there, `true` when one may, or the single value (null/undefined) that would
// be loosely equal.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': return !NumberIsNaN(+prim);
    case 'number': return !NumberIsNaN(prim);
    default: return true;
  }
}

function setMightHaveLoosePrimitive(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  return SetHas(b, alt) && !SetHas(a, alt);
}

function mapMightHaveLoosePrimitive(a, b, prim, item) {
  const alt = looseAlternative(prim);
  if (alt !== null && alt !== undefined) return alt;
  const other = MapGet(b, alt);
  if ((other === undefined && !MapHas(b, alt)) || !innerDeepEqual(item, other, kLoose)) return false;
  return !MapHas(a, alt) && innerDeepEqual(item, other, kLoose);
}

// Removes from `pending` the first element deep-equal to `val` (true) or returns false.
function takeEqualElement(pending, val, strict) {
  const it = SetValues(pending);
  for (let step = SetIteratorNext(it); !step.done; step = SetIteratorNext(it)) {
    const candidate = step.value;
    if (innerDeepEqual(val, candidate, strict)) {
      SetDelete(pending, candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict) {
  // Values of `a` that `b` does not hold by identity; matched against `b` by deep equality.
  let pending = null;
  let it = SetValues(a);
  for (let step = SetIteratorNext(it); !step.done; step = SetIteratorNext(it)) {
    const val = step.value;
    if (typeof val === 'object' && val !== null) {
      if (pending === null) pending = new SetCtor();
      SetAdd(pending, val);
    } else if (!SetHas(b, val)) {
      if (strict) return false;
      if (!setMightHaveLoosePrimitive(a, b, val)) return false;
      if (pending === null) pending = new SetCtor();
      SetAdd(pending, val);
    }
  }
  if (pending === null) return true;
  it = SetValues(b);
  for (let step = SetIteratorNext(it); !step.done; step = SetIteratorNext(it)) {
    const val = step.value;
    if (typeof val === 'object' && val !== null) {
      if (!takeEqualElement(pending, val, strict)) return false;
    } else if (!strict && !SetHas(a, val) && !takeEqualElement(pending, val, strict)) {
      return false;
    }
  }
  return SetSize(pending) === 0;
}

function takeEqualEntry(pending, map, key1, item1, strict) {
  const it = SetValues(pending);
  for (let step = SetIteratorNext(it); !step.done; step = SetIteratorNext(it)) {
    const key2 = step.value;
    if (innerDeepEqual(key1, key2, strict) && innerDeepEqual(item1, MapGet(map, key2), strict)) {
      SetDelete(pending, key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict) {
  // Keys of `a` whose entry `b` does not match by key identity.
  let pending = null;
  let it = MapEntries(a);
  for (let step = MapIteratorNext(it); !step.done; step = MapIteratorNext(it)) {
    const key = step.value[0];
    const item1 = step.value[1];
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new SetCtor();
      SetAdd(pending, key);
    } else {
      const item2 = MapGet(b, key);
      if ((item2 === undefined && !MapHas(b, key)) || !innerDeepEqual(item1, item2, strict)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrimitive(a, b, key, item1)) return false;
        if (pending === null) pending = new SetCtor();
        SetAdd(pending, key);
      }
    }
  }
  if (pending === null) return true;
  it = MapEntries(b);
  for (let step = MapIteratorNext(it); !step.done; step = MapIteratorNext(it)) {
    const key = step.value[0];
    const item = step.value[1];
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict)) return false;
    } else if (!strict && (!MapHas(a, key) || !innerDeepEqual(MapGet(a, key), item, kLoose)) &&
               !takeEqualEntry(pending, a, key, item, kLoose)) {
      return false;
    }
  }
  return SetSize(pending) === 0;
}

// ---------------------------------------------------------------------------------------------

// Like Node, a comparison first runs without cycle tracking; structures nested deeper than
// kPlainDepth (in practice: cycles) switch this module to tracking the objects on the current
// path for all later comparisons. Nesting beyond kTrackedDepth is reported as a stack overflow.
const kPlainDepth = 1000;
const kTrackedDepth = 1500;
const kDepthExceeded = {};
let detectCycles = false;

// State of the comparison in progress (saved and restored around nested comparisons that
// getters or proxies may start).
let depth = 0;
let depthLimit = 0;
let pathLeft = null;
let pathRight = null;

function compare(val1, val2, strict) {
  if (typeof val1 !== 'object' || val1 === null || typeof val2 !== 'object' || val2 === null) {
    return innerDeepEqual(val1, val2, strict);
  }
  const saved = [depth, depthLimit, pathLeft, pathRight];
  try {
    if (!detectCycles) {
      depth = 0;
      depthLimit = kPlainDepth;
      pathLeft = pathRight = null;
      try {
        return innerDeepEqual(val1, val2, strict);
      } catch (err) {
        if (err !== kDepthExceeded) throw err;
        detectCycles = true;
      }
    }
    depth = 0;
    depthLimit = kTrackedDepth;
    pathLeft = new SetCtor();
    pathRight = new SetCtor();
    return innerDeepEqual(val1, val2, strict);
  } finally {
    depth = saved[0];
    depthLimit = saved[1];
    pathLeft = saved[2];
    pathRight = saved[3];
  }
}

function isDeepEqual(val1, val2) {
  return compare(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return compare(val1, val2, kStrict);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
