'use strict';
// The util.types object: the checks of internal/util/types (without the helpers only inspect
// uses) in the order Node lists them, plus the crypto key checks.

const types = require('internal/util/types');

const ReflectApply = Reflect.apply;

let keyTypeGetter;
// Node's test is "has a key type"; a KeyObject's `type` getter reads exactly that slot. The
// crypto module is loaded only once an object is asked about.
function isKeyObject(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  keyTypeGetter ??= Object.getOwnPropertyDescriptor(
    require('internal/crypto/keys').KeyObject.prototype, 'type').get;
  return ReflectApply(keyTypeGetter, value, []) !== undefined;
}

// coil has no CryptoKey (webcrypto keys are not implemented), so nothing is one.
function isCryptoKey(value) { // eslint-disable-line no-unused-vars
  return false;
}

const ObjectDefineProperty = Object.defineProperty;

// Node's checks are V8 natives: the first group takes no declared parameter, the typed-array
// group one; their names are the keys (isArrayBufferView is ArrayBuffer.isView). The shared
// functions are renamed in place, which inspect and assert do not observe.
const publicTypes = { __proto__: Object.prototype };
function addNative(name, length) {
  const fn = types[name];
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name === 'isArrayBufferView' ? 'isView' : name });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: length });
  publicTypes[name] = fn;
}
for (const name of [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject', 'isNumberObject',
  'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp', 'isAsyncFunction',
  'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator',
  'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer',
  'isProxy', 'isModuleNamespaceObject', 'isAnyArrayBuffer', 'isBoxedPrimitive',
]) {
  addNative(name, 0);
}
for (const name of [
  'isArrayBufferView', 'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array',
  'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array', 'isFloat32Array',
  'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array',
]) {
  addNative(name, 1);
}
// Node adds the crypto checks as read-only properties whose functions are named 'value'.
for (const { 0: name, 1: fn } of [['isKeyObject', isKeyObject], ['isCryptoKey', isCryptoKey]]) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: 'value' });
  ObjectDefineProperty(publicTypes, name, {
    __proto__: null, value: fn, writable: false, enumerable: true, configurable: false,
  });
}

module.exports = publicTypes;
