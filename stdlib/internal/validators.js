'use strict';
// Argument validators throwing Node's exact errors.

const ArrayIsArray = Array.isArray;
const ArrayBufferIsView = ArrayBuffer.isView;
const ArrayPrototypeIncludes = Function.prototype.call.bind(Array.prototype.includes);
const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const ArrayPrototypeMap = Function.prototype.call.bind(Array.prototype.map);
const NumberIsFinite = Number.isFinite;
const NumberIsInteger = Number.isInteger;
const NumberIsNaN = Number.isNaN;
const NumberMAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const NumberMIN_SAFE_INTEGER = Number.MIN_SAFE_INTEGER;
const NumberParseInt = Number.parseInt;
const ObjectPrototypeHasOwnProperty = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
const RegExpPrototypeExec = Function.prototype.call.bind(RegExp.prototype.exec);
const StringCtor = String;
const StringPrototypeTrim = Function.prototype.call.bind(String.prototype.trim);

// internal/errors is large: load it only when something is about to throw.
let codes;
function lazyCodes() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// Accepts a 32-bit unsigned integer or an octal string ('755'); returns the number.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (RegExpPrototypeExec(octalReg, value) === null) {
      throw new (lazyCodes().ERR_INVALID_ARG_VALUE)(name, value, modeDesc);
    }
    value = NumberParseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateInteger(value, name, min = NumberMIN_SAFE_INTEGER, max = NumberMAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!NumberIsInteger(value)) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!NumberIsInteger(value)) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!NumberIsInteger(value)) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && NumberIsNaN(value))) {
    throw new (lazyCodes().ERR_OUT_OF_RANGE)(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!ArrayPrototypeIncludes(oneOf, value)) {
    const allowed = ArrayPrototypeJoin(
      ArrayPrototypeMap(oneOf, (v) => (typeof v === 'string' ? `'${v}'` : StringCtor(v))), ', ');
    throw new (lazyCodes().ERR_INVALID_ARG_VALUE)(name, value, `must be one of: ${allowed}`);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'boolean', value);
}

// validateObject's options: either these flags (Node v20's form) or
// `{ allowArray, allowFunction, nullable }`.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

function validateObject(value, name, options = kValidateObjectNone) {
  let flags = options;
  if (typeof options === 'object') {
    flags = options === null ? 0 :
      (options.nullable ? kValidateObjectAllowNullable : 0) |
      (options.allowArray ? kValidateObjectAllowArray : 0) |
      (options.allowFunction ? kValidateObjectAllowFunction : 0);
  }
  if (!flags) {
    if (value === null || ArrayIsArray(value) || typeof value !== 'object') {
      throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
    }
    return;
  }
  if ((!(flags & kValidateObjectAllowNullable) && value === null) ||
      (!(flags & kValidateObjectAllowArray) && ArrayIsArray(value)) ||
      (typeof value !== 'object' && (!(flags & kValidateObjectAllowFunction) || typeof value !== 'function'))) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
  }
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'a dictionary', value);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!ArrayIsArray(value)) throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'Array', value);
  if (value.length < minLength) {
    throw new (lazyCodes().ERR_INVALID_ARG_VALUE)(name, value, `must be longer than ${minLength}`);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) validateBoolean(value[i], `${name}[${i}]`);
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) validateAbortSignal(value[i], `${name}[${i}]`);
}

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  let signals;
  try {
    signals = require('os').constants.signals;
  } catch {
    return;
  }
  if (signals[signal] === undefined) {
    const upper = signal.toUpperCase();
    if (signals[upper] !== undefined) {
      throw new (lazyCodes().ERR_UNKNOWN_SIGNAL)(`${signal} (signals must use all capital letters)`);
    }
    throw new (lazyCodes().ERR_UNKNOWN_SIGNAL)(signal);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBufferIsView(buffer)) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && StringPrototypeTrim(port).length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new (lazyCodes().ERR_SOCKET_BAD_PORT)(name, port, allowZero);
  }
  return port | 0;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}

function validatePlainFunction(value, name) {
  if (typeof value !== 'function' || value.constructor?.name === 'AsyncFunction') {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'undefined', value);
}

function validateUnion(value, name, union) {
  if (!ArrayPrototypeIncludes(union, value)) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, `('${ArrayPrototypeJoin(union, '|')}')`, value);
  }
}

function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !ObjectPrototypeHasOwnProperty(object, fieldKey)) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('this', className, object);
  }
}

// For options that may be undefined/NaN (meaning "use the default"); throws for other non-finite values.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (NumberIsFinite(number)) return true;
  if (NumberIsNaN(number)) return false;
  validateNumber(number, name);
  throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
