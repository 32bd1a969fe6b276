'use strict';

// What util.inspect needs to know about an object before formatting its
// entries: own keys, constructor names as V8 would report them, and the
// headers of functions, classes and boxed primitives.

const types = require('internal/util/types');
const { formatPrimitive, stylizeNoColor } = require('internal/util/inspect_base');

const {
  isArgumentsObject, isAsyncFunction, isDataView, isDate, isGeneratorFunction, isMap,
  isNativeError, isNumberObject, isPromise, isRegExp, isSet, isStringObject, isBooleanObject,
  isBigIntObject, isSymbolObject, isWeakMap, isWeakSet, isArrayBuffer, isAnyArrayBuffer, typedArrayKind,
} = types;

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ArrayIsArray = Array.isArray;
const ArrayPush = uncurry(Array.prototype.push);
const ArraySplice = uncurry(Array.prototype.splice);
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectKeys = Object.keys;
const ReflectOwnKeys = Reflect.ownKeys;
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const FunctionToString = uncurry(Function.prototype.toString);
const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurry(String.prototype.endsWith);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const StringPrototypeToLowerCase = uncurry(String.prototype.toLowerCase);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurry(Symbol.prototype.valueOf);
const RegExpPrototypeExec = uncurry(RegExp.prototype.exec);
const SymbolToStringTag = Symbol.toStringTag;
const SafeMap = Map;
const MapGet = uncurry(Map.prototype.get);
const MapSet = uncurry(Map.prototype.set);
const MapClear = uncurry(Map.prototype.clear);
const MapSize = uncurry(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);

// The engine's own global constructors and namespaces (not the runtime's, such
// as URL or Buffer): objects from these count as "built-in" for `%s` and
// showHidden.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array',
  'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt',
  'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
  'SharedArrayBuffer', 'Atomics', 'WebAssembly',
]);

// ---------------------------------------------------------------------------
// Keys.

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) ArrayPush(keys, symbols[i]);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch {
      // Module namespaces with uninitialised bindings throw here.
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable(value, symbols[i])) ArrayPush(keys, symbols[i]);
    }
  }
  return keys;
}

// Canonical array index ("0", "17", not "01"), below 2 ** 32 - 1.
function isIndexKey(key) {
  if (typeof key !== 'string') return false;
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const first = StringPrototypeCharCodeAt(key, 0);
  if (first < 48 || first > 57 || (first === 48 && len > 1)) return false;
  for (let i = 1; i < len; i++) {
    const c = StringPrototypeCharCodeAt(key, i);
    if (c < 48 || c > 57) return false;
  }
  return len < 10 || +key < 4294967295;
}

// Own keys of an array or typed array except its indices. Rust reads them from the object's
// shape without listing the indices (a 10 MB Buffer has ten million); under node (the dev
// harnesses) the JS version below stands in.
const nativeNonIndexProperties = internalBinding('util').nonIndexKeys;
function getOwnNonIndexProperties(value, all) {
  if (nativeNonIndexProperties !== undefined) return nativeNonIndexProperties(value, all);
  return ownNonIndexPropertiesFromKeys(value, all);
}

// Indices always come first in [[OwnPropertyKeys]] order, so binary-search where they end.
function ownNonIndexPropertiesFromKeys(value, all) {
  const ownKeys = ReflectOwnKeys(value);
  let lo = 0;
  let hi = ownKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isIndexKey(ownKeys[mid])) lo = mid + 1;
    else hi = mid;
  }
  const keys = [];
  for (let i = lo; i < ownKeys.length; i++) {
    const key = ownKeys[i];
    if (isIndexKey(key)) continue;
    if (all || propertyIsEnumerable(value, key)) ArrayPush(keys, key);
  }
  return keys;
}

// Keys printed without quotes: /^[a-zA-Z_][a-zA-Z_0-9]*$/. Memoised, since the
// same keys recur across the objects of one output.
const identifierCache = new SafeMap();
function isIdentifierKey(key) {
  const cached = MapGet(identifierCache, key);
  if (cached !== undefined) return cached;
  let ok = key.length > 0;
  for (let i = 0; ok && i < key.length; i++) {
    const c = StringPrototypeCharCodeAt(key, i);
    ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (i > 0 && c >= 48 && c <= 57);
  }
  if (key.length <= 64) {
    if (MapSize(identifierCache) >= 2048) MapClear(identifierCache);
    MapSet(identifierCache, key, ok);
  }
  return ok;
}

// ---------------------------------------------------------------------------
// Constructor names.

function builtinClassName(value) {
  if (typeof value === 'function') return 'Function';
  if (ArrayIsArray(value)) return 'Array';
  const taKind = typedArrayKind(value);
  if (taKind !== undefined) return taKind;
  if (isMap(value)) return 'Map';
  if (isSet(value)) return 'Set';
  if (isWeakMap(value)) return 'WeakMap';
  if (isWeakSet(value)) return 'WeakSet';
  if (isPromise(value)) return 'Promise';
  if (isDate(value)) return 'Date';
  if (isRegExp(value)) return 'RegExp';
  if (isNativeError(value)) return 'Error';
  if (isArrayBuffer(value)) return 'ArrayBuffer';
  if (isAnyArrayBuffer(value)) return 'SharedArrayBuffer';
  if (isDataView(value)) return 'DataView';
  if (isNumberObject(value)) return 'Number';
  if (isStringObject(value)) return 'String';
  if (isBooleanObject(value)) return 'Boolean';
  if (isBigIntObject(value)) return 'BigInt';
  if (isSymbolObject(value)) return 'Symbol';
  if (isArgumentsObject(value)) return 'Arguments';
  return 'Object';
}

// What V8 calls the constructor name of an object (binding.getConstructorName
// when the runtime has it), else derived in JS: the built-in class of exotic
// objects, else the first own string Symbol.toStringTag or (above the object
// itself) named non-Object constructor up the chain.
function internalGetConstructorName(binding, obj) {
  if (typeof binding.getConstructorName === 'function') return binding.getConstructorName(obj);
  const cls = builtinClassName(obj);
  if (cls !== 'Object') return cls;
  let current = obj;
  while (current !== null) {
    const tagDesc = ObjectGetOwnPropertyDescriptor(current, SymbolToStringTag);
    if (tagDesc !== undefined && typeof tagDesc.value === 'string') return tagDesc.value;
    if (current !== obj) {
      const desc = ObjectGetOwnPropertyDescriptor(current, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function') {
        const name = desc.value.name;
        if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
      }
    }
    current = ObjectGetPrototypeOf(current);
  }
  return 'Object';
}

// The name in "[Name: null prototype]" for null-prototype objects without a
// more specific kind.
function nullProtoFallback(binding, value, tag) {
  const name = internalGetConstructorName(binding, value);
  return name === '' || name === tag ? 'Object' : name;
}

// ---------------------------------------------------------------------------
// Headers.

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// The engine's built-in functions. Boa's Function.prototype.toString has no
// source text for class constructors ("function A() { [native code] }", like
// a built-in), so a "native" function with a read-only `prototype` that is not
// one of these is taken to be a class.
const intrinsicFunctions = new Set();
{
  const globalObject = globalThis;
  const add = (fn) => {
    if (typeof fn === 'function') intrinsicFunctions.add(fn);
  };
  for (const name of builtInObjects) {
    const value = globalObject[name];
    if (typeof value === 'function') {
      add(value);
    } else if (typeof value === 'object' && value !== null) {
      const names = ObjectGetOwnPropertyNames(value);
      for (let i = 0; i < names.length; i++) {
        const desc = ObjectGetOwnPropertyDescriptor(value, names[i]);
        if (desc !== undefined) add(desc.value);
      }
    }
  }
  add(ObjectGetPrototypeOf(Uint8Array));
  /* eslint-disable no-empty-function */
  add(ObjectGetPrototypeOf(async function() {}).constructor);
  add(ObjectGetPrototypeOf(function*() {}).constructor);
  add(ObjectGetPrototypeOf(async function*() {}).constructor);
  /* eslint-enable no-empty-function */
  add(globalObject.Iterator);
}

function isSourcelessClass(value, stringified) {
  if (!StringPrototypeStartsWith(stringified, 'function ') ||
      !StringPrototypeEndsWith(stringified, '() { [native code] }') ||
      intrinsicFunctions.has(value)) {
    return false;
  }
  const desc = ObjectGetOwnPropertyDescriptor(value, 'prototype');
  return desc !== undefined && desc.writable === false && !isGeneratorFunction(value) &&
    !isAsyncFunction(value);
}

const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classRegExp = /^(\s+[^(]*?)\s*{/;

function getFunctionBase(value, constructor, tag) {
  let stringified;
  try {
    stringified = FunctionToString(value);
  } catch {
    stringified = '';
  }
  if (StringPrototypeStartsWith(stringified, 'class') && StringPrototypeEndsWith(stringified, '}')) {
    const slice = StringPrototypeSlice(stringified, 5, -1);
    const bracketIndex = StringPrototypeIndexOf(slice, '{');
    if (bracketIndex !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(slice, 0, bracketIndex), '(') ||
         RegExpPrototypeExec(classRegExp, StringPrototypeReplace(slice, stripCommentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  } else if (isSourcelessClass(value, stringified)) {
    return getClassBase(value, constructor, tag);
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const hasName = hasOwn(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let fn;
  let type;
  if (isNumberObject(value)) {
    fn = NumberPrototypeValueOf;
    type = 'Number';
  } else if (isStringObject(value)) {
    fn = StringPrototypeValueOf;
    type = 'String';
    // The index keys of a String object only repeat its value.
    ArraySplice(keys, 0, value.length);
  } else if (isBooleanObject(value)) {
    fn = BooleanPrototypeValueOf;
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    fn = BigIntPrototypeValueOf;
    type = 'BigInt';
  } else {
    fn = SymbolPrototypeValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

module.exports = {
  builtInObjects,
  getKeys,
  getOwnNonIndexProperties,
  isIdentifierKey,
  internalGetConstructorName,
  nullProtoFallback,
  getIteratorBraces,
  getFunctionBase,
  getBoxedBase,
};
