'use strict';

// Type checks behind `util.types` and `util.inspect`.
//
// Everything is done with ECMAScript brand checks (a built-in accessor or method
// that throws when called on the wrong kind of object), so the answers hold for
// objects whose prototype was changed and are not fooled by `Symbol.toStringTag`.
// Only what JavaScript cannot observe at all (promise state, proxies, iterator
// contents) goes through `internalBinding('util')`.

const binding = internalBinding('util');

const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectIsExtensible = Object.isExtensible;
const ObjectPrototypeToString = Object.prototype.toString;
const ObjectPrototypeIsPrototypeOf = Object.prototype.isPrototypeOf;
const FunctionPrototypeCall = Function.prototype.call;
const SymbolToStringTag = Symbol.toStringTag;

// `uncurry(fn)(thisArg, ...args)` === `fn.call(thisArg, ...args)`, immune to
// later patching of Function.prototype.call.
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const getter = (proto, name) => {
  const desc = ObjectGetOwnPropertyDescriptor(proto, name);
  return desc === undefined ? undefined : desc.get;
};

const toString = uncurry(ObjectPrototypeToString);
const FunctionToString = uncurry(Function.prototype.toString);
const FunctionPrototype = Function.prototype;
const StringPrototypeSlice = uncurry(String.prototype.slice);
const RegExpPrototypeTest = uncurry(RegExp.prototype.test);
const isPrototypeOf = uncurry(ObjectPrototypeIsPrototypeOf);

const MapSizeGetter = uncurry(getter(Map.prototype, 'size'));
const SetSizeGetter = uncurry(getter(Set.prototype, 'size'));
const WeakMapHas = uncurry(WeakMap.prototype.has);
const WeakSetHas = uncurry(WeakSet.prototype.has);
const DateGetTime = uncurry(Date.prototype.getTime);
const RegExpSourceGetter = uncurry(getter(RegExp.prototype, 'source'));
const RegExpPrototype = RegExp.prototype;
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayTagGetter = uncurry(getter(TypedArrayPrototype, SymbolToStringTag));
const ArrayBufferByteLength = uncurry(getter(ArrayBuffer.prototype, 'byteLength'));
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurry(getter(SharedArrayBuffer.prototype, 'byteLength')) : undefined;
const DataViewBufferGetter = uncurry(getter(DataView.prototype, 'buffer'));
const NumberValueOf = uncurry(Number.prototype.valueOf);
const StringValueOf = uncurry(String.prototype.valueOf);
const BooleanValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolValueOf = uncurry(Symbol.prototype.valueOf);

const MapIteratorPrototype = ObjectGetPrototypeOf(new Map().entries());
const SetIteratorPrototype = ObjectGetPrototypeOf(new Set().values());
/* eslint-disable no-empty-function */
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function() {});
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function*() {});
/* eslint-enable no-empty-function */
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;

// Looked up on use: the bootstrap may add binding functions after this loads.
const getPromiseState = (value) => binding.getPromiseState(value);
const getProxyDetails = (value) => binding.getProxyDetails(value);

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function brand(check) {
  return function(value) {
    if (!isObjectLike(value)) return false;
    try {
      check(value);
      return true;
    } catch {
      return false;
    }
  };
}

const isMap = brand(MapSizeGetter);
const isSet = brand(SetSizeGetter);
const isWeakMap = brand((v) => WeakMapHas(v, isWeakMap));
const isWeakSet = brand((v) => WeakSetHas(v, isWeakSet));
const isDate = brand(DateGetTime);
const isArrayBuffer = brand(ArrayBufferByteLength);
const isSharedArrayBuffer = SharedArrayBufferByteLength === undefined ?
  () => false : brand(SharedArrayBufferByteLength);
const isDataView = brand(DataViewBufferGetter);

function isRegExp(value) {
  if (!isObjectLike(value) || value === RegExpPrototype) return false;
  try {
    RegExpSourceGetter(value);
    return true;
  } catch {
    return false;
  }
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

// Returns the typed array kind ('Uint8Array', ...) or undefined.
function typedArrayKind(value) {
  if (typeof value !== 'object' || value === null) return undefined;
  return TypedArrayTagGetter(value);
}

function isTypedArray(value) {
  return typedArrayKind(value) !== undefined;
}

function isArrayBufferView(value) {
  return isTypedArray(value) || isDataView(value);
}

function isPromise(value) {
  return isObjectLike(value) && getPromiseState(value) !== undefined;
}

function isProxy(value) {
  return isObjectLike(value) && getProxyDetails(value) !== undefined;
}

function isPrimitiveWrapper(check) {
  return function(value) {
    if (typeof value !== 'object' || value === null) return false;
    try {
      check(value);
      return true;
    } catch {
      return false;
    }
  };
}

const isNumberObject = isPrimitiveWrapper(NumberValueOf);
const isStringObject = isPrimitiveWrapper(StringValueOf);
const isBooleanObject = isPrimitiveWrapper(BooleanValueOf);
const isBigIntObject = isPrimitiveWrapper(BigIntValueOf);
const isSymbolObject = isPrimitiveWrapper(SymbolValueOf);

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// `Object.prototype.toString` reports the built-in tag unless the object (or its
// prototype chain) provides a string `Symbol.toStringTag`; only trust the
// built-in tag.
function builtinTag(value) {
  let tag;
  try {
    tag = value[SymbolToStringTag];
  } catch {
    return '';
  }
  if (typeof tag === 'string') return '';
  return toString(value);
}

function isNativeError(value) {
  return typeof value === 'object' && value !== null &&
    !isProxy(value) && builtinTag(value) === '[object Error]';
}

function isArgumentsObject(value) {
  return typeof value === 'object' && value !== null &&
    !isProxy(value) && builtinTag(value) === '[object Arguments]';
}

function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null || ObjectGetPrototypeOf(value) !== null ||
      ObjectIsExtensible(value) || isProxy(value)) {
    return false;
  }
  const desc = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
  return desc !== undefined && desc.value === 'Module' && desc.writable === false &&
    desc.enumerable === false && desc.configurable === false;
}

// No side-effect-free brand check exists for iterators: objects inheriting from
// %MapIteratorPrototype% count as Map iterators.
function isMapIterator(value) {
  return typeof value === 'object' && value !== null && !isProxy(value) &&
    isPrototypeOf(MapIteratorPrototype, value);
}

function isSetIterator(value) {
  return typeof value === 'object' && value !== null && !isProxy(value) &&
    isPrototypeOf(SetIteratorPrototype, value);
}

// Function kinds are recognised by their prototype chain; when that was changed
// away from Function.prototype, by their source text.
function functionSource(fn) {
  try {
    return FunctionToString(fn);
  } catch {
    return '';
  }
}

// What kind of function V8 would say `value` is, from its source text: bit 1 async, bit 2
// generator. The prototype is no guide (Object.setPrototypeOf can change it, and a bound async
// function inherits AsyncFunction.prototype without being one); bound and built-in functions
// show `[native code]` and are neither.
const kAsync = 1;
const kGenerator = 2;
function functionKind(value) {
  if (isProxy(value)) return 0;
  const src = functionSource(value);
  if (RegExpPrototypeTest(/\{\s*\[native code\]\s*\}$/, src)) return 0;
  let kind = 0;
  if (StringPrototypeSlice(src, 0, 5) === 'async') {
    const rest = StringPrototypeSlice(src, 5);
    // `async (a) => ...` is an async arrow, `async (a) {}` a method named async.
    if (RegExpPrototypeTest(/^\s*\(/, rest)) {
      if (RegExpPrototypeTest(/^\s*\([^)]*\)\s*=>/, rest)) kind |= kAsync;
    } else if (RegExpPrototypeTest(/^(?:\s+|\s*\*|\s*\[)/, rest)) {
      kind |= kAsync;
    }
  }
  if (RegExpPrototypeTest(/^(?:async\s*)?(?:function\s*\*|\*)/, src)) kind |= kGenerator;
  return kind;
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  // Fast path: plain functions and classes keep Function.prototype.
  if (!isProxy(value) && ObjectGetPrototypeOf(value) === FunctionPrototype) return false;
  return (functionKind(value) & kAsync) !== 0;
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  if (!isProxy(value) && ObjectGetPrototypeOf(value) === FunctionPrototype) return false;
  return (functionKind(value) & kGenerator) !== 0;
}

function isGeneratorObject(value) {
  if (typeof value !== 'object' || value === null || isProxy(value)) return false;
  if (isPrototypeOf(GeneratorPrototype, value)) {
    return builtinTag(value) === '[object Generator]' || toString(value) === '[object Generator]';
  }
  if (isPrototypeOf(AsyncGeneratorPrototype, value)) {
    return builtinTag(value) === '[object AsyncGenerator]' ||
      toString(value) === '[object AsyncGenerator]';
  }
  return false;
}

function isExternal() {
  return false;
}

function typedArrayCheck(kind) {
  return (value) => typedArrayKind(value) === kind;
}

module.exports = {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isArrayBufferView,
  isAsyncFunction,
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigIntObject,
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isGeneratorFunction,
  isGeneratorObject,
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isWeakMap,
  isWeakSet,
  // Not part of util.types; used by inspect.
  typedArrayKind,
};
