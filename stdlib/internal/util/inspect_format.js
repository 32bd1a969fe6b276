'use strict';

// util.format / util.formatWithOptions: printf-like `%s %d %i %f %j %o %O %c %%`
// placeholders, remaining arguments appended with spaces. Built by
// internal/util/inspect, which passes in its `inspect`.

const {
  formatNumber, formatBigInt, stylizeNoColor, inspectDefaultOptions, validateObjectArg,
} = require('internal/util/inspect_base');

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const ArrayPush = uncurry(Array.prototype.push);
const ArrayJoin = uncurry(Array.prototype.join);
const JSONStringify = JSON.stringify;
const StringCtor = String;
const NumberCtor = Number;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const SymbolToPrimitive = Symbol.toPrimitive;

module.exports = function createFormat({ inspect, getProxyDetails, builtInObjects }) {
  let circularErrorMessage;

  function firstErrorLine(error) {
    const message = StringCtor(error.message);
    const nl = StringPrototypeIndexOf(message, '\n');
    return nl === -1 ? message : StringPrototypeSlice(message, 0, nl);
  }

  function tryStringify(arg) {
    try {
      return JSONStringify(arg);
    } catch (err) {
      if (circularErrorMessage === undefined) {
        try {
          const a = {};
          a.a = a;
          JSONStringify(a);
        } catch (circularError) {
          circularErrorMessage = firstErrorLine(circularError);
        }
      }
      if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
        return '[Circular]';
      }
      throw err;
    }
  }

  // Whether `%s` may use String(value): objects whose toString is a built-in one
  // are inspected instead.
  function hasBuiltInToString(value) {
    const proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) return true;
      value = proxy[0];
    }
    // A Symbol.toPrimitive or toString of user code wins.
    if (typeof value[SymbolToPrimitive] === 'function' && !isBuiltInOwner(value, SymbolToPrimitive)) {
      return false;
    }
    if (typeof value.toString !== 'function') return true;
    return isBuiltInOwner(value, 'toString');
  }

  // Whether `key` (present on the chain) is owned by a built-in prototype.
  function isBuiltInOwner(value, key) {
    if (hasOwn(value, key)) return false;
    let pointer = value;
    do {
      pointer = ObjectGetPrototypeOf(pointer);
    } while (!hasOwn(pointer, key));
    const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
      builtInObjects.has(descriptor.value.name);
  }

  function numericSeparatorOf(inspectOptions) {
    if (inspectOptions !== undefined && inspectOptions.numericSeparator !== undefined) {
      return inspectOptions.numericSeparator;
    }
    return inspectDefaultOptions.numericSeparator;
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    const parts = [];
    let join = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
        const nextChar = StringPrototypeCharCodeAt(first, ++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
              } else if (typeof tempArg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
              } else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
                tempStr = StringCtor(tempArg);
              } else {
                tempStr = inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              }
              break;
            }
            case 106: // 'j'
              tempStr = `${tryStringify(args[++a])}`;
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, tempNum, numericSeparatorOf(inspectOptions));
              } else if (typeof tempNum === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, NumberCtor(tempNum), numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, tempInteger, numericSeparatorOf(inspectOptions));
              } else if (typeof tempInteger === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, NumberParseInt(tempInteger),
                                       numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, NumberParseFloat(tempFloat),
                                       numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              ArrayPush(parts, StringPrototypeSlice(first, lastPos, i));
              lastPos = i + 1;
              continue;
            default: // Not a placeholder.
              continue;
          }
          if (lastPos !== i - 1) ArrayPush(parts, StringPrototypeSlice(first, lastPos, i - 1));
          ArrayPush(parts, tempStr);
          lastPos = i + 1;
        } else if (nextChar === 37) {
          ArrayPush(parts, StringPrototypeSlice(first, lastPos, i));
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) ArrayPush(parts, StringPrototypeSlice(first, lastPos));
      }
    }

    while (a < args.length) {
      const value = args[a];
      ArrayPush(parts, join);
      ArrayPush(parts, typeof value !== 'string' ? inspect(value, inspectOptions) : value);
      join = ' ';
      a++;
    }
    return ArrayJoin(parts, '');
  }

  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  function formatWithOptions(inspectOptions, ...args) {
    validateObjectArg(inspectOptions, 'inspectOptions', true);
    return formatWithOptionsInternal(inspectOptions, args);
  }

  return { format, formatWithOptions, formatWithOptionsInternal };
};
