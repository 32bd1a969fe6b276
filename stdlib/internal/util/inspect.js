'use strict';

// util.inspect, util.format and util.formatWithOptions, formatting exactly like
// Node.js v20. Leaf helpers (strings, numbers, colours) live in
// internal/util/inspect_base, Error formatting in internal/util/inspect_error,
// and format/formatWithOptions in internal/util/inspect_format.

const types = require('internal/util/types');
const base = require('internal/util/inspect_base');
const { formatError, isError } = require('internal/util/inspect_error');
const binding = internalBinding('util');

const {
  inspectDefaultOptions, colors, styles, stylizeWithColor, stylizeNoColor, removeColors,
  escapeNoQuotes, strEscape, formatNumber, formatBigInt, formatPrimitive, getStringWidth,
  stripVTControlCharacters, validateObjectArg, getPrefix,
} = base;
const {
  isArgumentsObject, isAsyncFunction, isBoxedPrimitive, isDataView, isDate, isGeneratorFunction,
  isMap, isMapIterator, isModuleNamespaceObject, isNativeError, isNumberObject, isPromise, isRegExp,
  isSet, isSetIterator, isStringObject, isBooleanObject, isBigIntObject, isWeakMap, isWeakSet,
  isArrayBuffer, isAnyArrayBuffer, typedArrayKind,
} = types;

const ArrayIsArray = Array.isArray;
const ArrayPrototypeIncludes = Array.prototype.includes;
const ArrayPrototypeJoin = Array.prototype.join;
const ArrayPrototypeSort = Array.prototype.sort;
const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ObjectAssign = Object.assign;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectOwnKeys = Reflect.ownKeys;
const ReflectApply = Reflect.apply;
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const ArrayIncludes = uncurry(ArrayPrototypeIncludes);
const ArrayJoin = uncurry(ArrayPrototypeJoin);
const ArraySort = uncurry(ArrayPrototypeSort);
const ArraySlice = uncurry(Array.prototype.slice);
const ArraySplice = uncurry(Array.prototype.splice);
const ArrayPush = uncurry(Array.prototype.push);
const ArrayPop = uncurry(Array.prototype.pop);
const ArrayUnshift = uncurry(Array.prototype.unshift);
const FunctionToString = uncurry(Function.prototype.toString);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurry(String.prototype.endsWith);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const StringPrototypePadStart = uncurry(String.prototype.padStart);
const StringPrototypePadEnd = uncurry(String.prototype.padEnd);
const StringPrototypeToLowerCase = uncurry(String.prototype.toLowerCase);
const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
const NumberPrototypeValueOf = uncurry(Number.prototype.valueOf);
const BooleanPrototypeValueOf = uncurry(Boolean.prototype.valueOf);
const BigIntPrototypeValueOf = uncurry(BigInt.prototype.valueOf);
const SymbolPrototypeValueOf = uncurry(Symbol.prototype.valueOf);
const SymbolPrototypeToString = uncurry(Symbol.prototype.toString);
const RegExpPrototypeToString = uncurry(RegExp.prototype.toString);
const RegExpPrototypeExec = uncurry(RegExp.prototype.exec);
const DatePrototypeGetTime = uncurry(Date.prototype.getTime);
const DatePrototypeToISOString = uncurry(Date.prototype.toISOString);
const DatePrototypeToString = uncurry(Date.prototype.toString);
const MapPrototypeGetSize = uncurry(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
const SetPrototypeGetSize = uncurry(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
const MapPrototypeEntries = uncurry(Map.prototype.entries);
const SetPrototypeValues = uncurry(Set.prototype.values);
const MapIteratorNext = uncurry(ObjectGetPrototypeOf(new Map().entries()).next);
const SetIteratorNext = uncurry(ObjectGetPrototypeOf(new Set().values()).next);
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayLength = uncurry(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
const ArrayBufferByteLength = uncurry(ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurry(ObjectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get) : undefined;
const MathMin = Math.min;
const MathMax = Math.max;
const MathSqrt = Math.sqrt;
const MathRound = Math.round;
const MathFloor = Math.floor;
const NumberIsNaN = Number.isNaN;
const JSONStringify = JSON.stringify;
const StringCtor = String;
const NumberCtor = Number;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const RegExpCtor = RegExp;
const Uint8ArrayCtor = Uint8Array;
const ErrorCtor = Error;
const ObjectCtor = Object;
const RangeErrorCtor = RangeError;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const SymbolToPrimitive = Symbol.toPrimitive;
const globalObject = globalThis;
const typedArrayCtors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

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

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;

function getProxyDetails(value) {
  return binding.getProxyDetails(value);
}

// ---------------------------------------------------------------------------
// Entry point.

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const optKeys = ObjectKeys(opts);
      for (let i = 0; i < optKeys.length; ++i) {
        const key = optKeys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Pass unknown options through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObjectArg(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
  enumerable: false,
  configurable: false,
});
inspect.colors = colors;
inspect.styles = styles;

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // Objects from another realm (or null-prototype / proxy receivers) only get
    // primitives and a stylize function that cannot leak our internals.
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Ignore.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Values.

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // The receiver for custom inspection stays the proxy itself.
  const context = value;
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof ObjectCtor);
      const ret = ReflectApply(maybeCustom, context, [depth, getUserOptions(ctx, isCrossContext), inspect]);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return StringPrototypeReplace(ret, /\n/g, `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  if (ArrayIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Formatter kinds for formatRaw.
const F_EMPTY = 0;
const F_ARRAY = 1;
const F_SET = 2;
const F_MAP = 3;
const F_TYPED = 4;
const F_ITER = 5;
const F_ARRAYBUFFER = 6;
const F_PROMISE = 7;
const F_WEAKSET = 8;
const F_WEAKMAP = 9;
const F_WEAKUNKNOWN = 10;
const F_NAMESPACE = 11;

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[SymbolToStringTag];
  // Only show the tag when it is not also printed as a key.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : propertyIsEnumerable)(value, SymbolToStringTag))) {
    tag = '';
  }

  let base = '';
  let kind = F_EMPTY;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let aux; // Extra formatter data (iterable, typed array length, ...).
  let aux2;
  const filterAll = ctx.showHidden;

  const noIteratorSymbol = !(SymbolIterator in value);
  if (!noIteratorSymbol || constructor === null) {
    noIterator = false;
    let taKind;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filterAll);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      kind = F_ARRAY;
    } else if (isSet(value)) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      kind = F_SET;
      aux = SetPrototypeValues(value);
      aux2 = size;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      kind = F_MAP;
      aux = MapPrototypeEntries(value);
      aux2 = size;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((taKind = typedArrayKind(value)) !== undefined) {
      keys = getOwnNonIndexProperties(value, filterAll);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = taKind;
        bound = new typedArrayCtors[taKind](value);
      }
      const size = TypedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      kind = F_TYPED;
      aux = bound;
      aux2 = size;
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value) && (aux = previewIterator(value)) !== undefined) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      kind = F_ITER;
    } else if (isSetIterator(value) && (aux = previewIterator(value)) !== undefined) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      kind = F_ITER;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (!noIteratorSymbol && isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExpCtor(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ?
        DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        kind = F_ARRAYBUFFER;
      } else if (keys.length === 0 && protoProps === undefined) {
        const byteLength = arrayType === 'ArrayBuffer' ?
          ArrayBufferByteLength(value) : SharedArrayBufferByteLength(value);
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      ArrayUnshift(keys, 'byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      ArrayUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      kind = F_PROMISE;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      kind = ctx.showHidden ? F_WEAKSET : F_WEAKUNKNOWN;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      kind = ctx.showHidden ? F_WEAKMAP : F_WEAKUNKNOWN;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      kind = F_NAMESPACE;
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      const prefix = getPrefix(constructor, tag, constructor === null ? nullProtoFallback(value, tag) : 'Object');
      if (keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces[0] = `${prefix}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = StringPrototypeSlice(
      getPrefix(constructor, tag, constructor === null ? nullProtoFallback(value, tag) : 'Object'), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    switch (kind) {
      case F_EMPTY: output = []; break;
      case F_ARRAY: output = formatArray(ctx, value, recurseTimes); break;
      case F_SET: output = formatSet(ctx, aux, aux2, recurseTimes); break;
      case F_MAP: output = formatMap(ctx, aux, aux2, recurseTimes); break;
      case F_TYPED: output = formatTypedArray(ctx, aux, aux2, recurseTimes); break;
      case F_ITER: output = formatIterator(ctx, braces, aux, recurseTimes); break;
      case F_ARRAYBUFFER: output = formatArrayBuffer(ctx, value); break;
      case F_PROMISE: output = formatPromise(ctx, value, recurseTimes); break;
      case F_WEAKSET: output = formatWeak(ctx, value, recurseTimes, false); break;
      case F_WEAKMAP: output = formatWeak(ctx, value, recurseTimes, true); break;
      case F_WEAKUNKNOWN: output = [ctx.stylize('<items unknown>', 'special')]; break;
      case F_NAMESPACE: output = formatNamespaceObject(keys, ctx, value, recurseTimes); break;
    }
    for (let i = 0; i < keys.length; i++) {
      ArrayPush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) ArrayPush(output, protoProps[i]);
    }
  } catch (err) {
    const constructorName = StringPrototypeSlice(
      getPrefix(constructor, tag, constructor === null ? nullProtoFallback(value, tag) : 'Object'), 0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ArrayPop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArraySort(output, comparator);
    } else if (keys.length > 1) {
      const sorted = ArraySort(ArraySlice(output, output.length - keys.length), comparator);
      ArrayUnshift(sorted, output, output.length - keys.length, keys.length);
      ReflectApply(ArraySplice, null, sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Huge outputs stop descending further (like Node: 2 ** 27 characters).
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (err instanceof RangeErrorCtor && typeof err.message === 'string' &&
      (StringPrototypeIncludes(err.message, 'call stack') ||
       StringPrototypeIncludes(err.message, 'recursion'))) {
    ArrayPop(ctx.seen);
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. ` +
      'Maximum call stack size exceeded.]', 'special');
  }
  throw err;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// The name of the first constructor in the prototype chain that `obj` is an
// instance of; null for null-prototype objects.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return StringCtor(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = internalGetConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// What V8 calls the constructor name of an object, derived in JS: the built-in
// class of exotic objects, else the first own string Symbol.toStringTag or
// (above the object itself) named non-Object constructor up the chain.
function internalGetConstructorName(obj) {
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
  if (types.isSymbolObject(value)) return 'Symbol';
  if (isArgumentsObject(value)) return 'Arguments';
  return 'Object';
}

// The name shown in "[Name: null prototype]" for objects without a more
// specific kind.
function nullProtoFallback(value, tag) {
  const name = internalGetConstructorName(value);
  return name === '' || name === tag ? 'Object' : name;
}

// showHidden: list accessors (and other non-function properties) of user
// prototypes, up to three layers deep, stopping at built-in prototypes.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (let i = 0; i < keys.length; i++) keySet.add(keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ArrayPush(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      ArrayPush(output, ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ArrayPop(ctx.seen);
  } while (++depth !== 3);
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) ArrayPush(keys, symbols[i]);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Module namespaces with uninitialised bindings throw here.
      keys = ObjectGetOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable(value, symbols[i])) ArrayPush(keys, symbols[i]);
    }
  }
  return keys;
}

function isIndexKey(key) {
  if (typeof key !== 'string') return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return RegExpPrototypeExec(numberRegExp, key) !== null && +key < 4294967295;
}

// Own keys of an array or typed array except its indices. Indices always come
// first in [[OwnPropertyKeys]] order, so binary-search where they end.
function getOwnNonIndexProperties(value, all) {
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

const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classRegExp = /^(\s+[^(]*?)\s*{/;

// Boa 0.22 prints classes as `function Name() { [native code] }`. A class is then recognised by
// its non-writable `prototype` (ordinary functions have a writable one), unless it is one of the
// engine's built-in constructors, collected from the global object.
let builtinConstructors;
function isEngineClass(value) {
  const descriptor = ObjectGetOwnPropertyDescriptor(value, 'prototype');
  if (descriptor === undefined || descriptor.writable !== false) return false;
  if (builtinConstructors === undefined) {
    builtinConstructors = new WeakSet();
    const names = ObjectGetOwnPropertyNames(globalThis);
    for (let i = 0; i < names.length; i++) {
      const global = ObjectGetOwnPropertyDescriptor(globalThis, names[i]);
      if (global !== undefined && typeof global.value === 'function') builtinConstructors.add(global.value);
    }
    builtinConstructors.add(ObjectGetPrototypeOf(Uint8Array));
  }
  return !builtinConstructors.has(value);
}

function getFunctionBase(value, constructor, tag) {
  let stringified;
  try {
    stringified = FunctionToString(value);
  } catch {
    stringified = '';
  }
  if (StringPrototypeEndsWith(stringified, '{ [native code] }') && isEngineClass(value)) {
    return getClassBase(value, constructor, tag);
  }
  if (StringPrototypeStartsWith(stringified, 'class') && StringPrototypeEndsWith(stringified, '}')) {
    const slice = StringPrototypeSlice(stringified, 5, -1);
    const bracketIndex = StringPrototypeIndexOf(slice, '{');
    if (bracketIndex !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(slice, 0, bracketIndex), '(') ||
         RegExpPrototypeExec(classRegExp, StringPrototypeReplace(slice, stripCommentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
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

// ---------------------------------------------------------------------------
// Formatters for the entries of the different object kinds.

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8ArrayCtor(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const len = MathMin(ctx.maxArrayLength, bytes.length);
  const parts = [];
  for (let i = 0; i < len; i++) {
    const b = bytes[i];
    ArrayPush(parts, b < 16 ? `0${b.toString(16)}` : b.toString(16));
  }
  let str = ArrayJoin(parts, ' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    ArrayPush(output, formatArrayValue(ctx, value, recurseTimes, i));
  }
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  return output;
}

// Element i of an array (always an own property): the kArrayType case of
// formatProperty without the descriptor object for plain data elements.
function formatArrayValue(ctx, value, recurseTimes, i) {
  const desc = ObjectGetOwnPropertyDescriptor(value, i);
  if (desc !== undefined && desc.get === undefined && desc.set === undefined) {
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
    return str;
  }
  return formatProperty(ctx, value, recurseTimes, i, kArrayType, desc);
}

// Arrays with holes: walk the own keys and print runs of holes.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(numberRegExp, key) === null) break;
      const emptyItems = tmp - index;
      ArrayPush(output, ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    ArrayPush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      ArrayPush(output, ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    ArrayPush(output, remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, length, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    const hidden = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (let i = 0; i < hidden.length; i++) {
      const key = hidden[i];
      const str = formatValue(ctx, value[key], recurseTimes, true);
      ArrayPush(output, `[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, iterator, size, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const step = SetIteratorNext(iterator);
    if (step.done) break;
    ArrayPush(output, formatValue(ctx, step.value, recurseTimes));
  }
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, iterator, size, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const step = MapIteratorNext(iterator);
    if (step.done) break;
    const entry = step.value;
    ArrayPush(output, `${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
  }
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// [entries, isKeyValue] for a Map/Set iterator, or undefined when the engine
// cannot look inside.
function previewIterator(value) {
  if (typeof binding.previewEntries !== 'function') return undefined;
  const preview = binding.previewEntries(value);
  if (preview === undefined || preview === null) return undefined;
  return preview;
}

function formatSetIterInner(ctx, recurseTimes, entries, weak) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak collections have no stable order: sort for reproducible output.
  if (weak && !ctx.sorted) ArraySort(output);
  const remaining = entries.length - maxLength;
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, weak) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // Entries are flat: [key1, value1, key2, value2, ...].
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (weak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${
        formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) ArraySort(output);
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  return output;
}

function formatWeak(ctx, value, recurseTimes, isMapLike) {
  const preview = previewIterator(value);
  if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
  const entries = ArrayIsArray(preview[0]) ? preview[0] : preview;
  return isMapLike ?
    formatMapIterInner(ctx, recurseTimes, entries, true) :
    formatSetIterInner(ctx, recurseTimes, entries, true);
}

function formatIterator(ctx, braces, preview, recurseTimes) {
  const entries = preview[0];
  if (preview[1]) {
    // Entry iterators ([k, v] pairs) are shown as "Entries".
    braces[0] = StringPrototypeReplace(braces[0], / Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, false);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, false);
}

function formatPromise(ctx, value, recurseTimes) {
  const details = binding.getPromiseState(value);
  const state = details[0];
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // An uninitialised binding (TDZ): format a placeholder in its place.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = StringPrototypeSlice(output[i], 0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys are printed here already.
  keys.length = 0;
  return output;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = ReflectApply(desc.get, original, []);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeNoQuotes(SymbolPrototypeToString(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeNoQuotes(key)}]`;
  } else if (RegExpPrototypeExec(keyStrRegExp, key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------

base.inspectValue = inspect;

const { format, formatWithOptions } = require('internal/util/inspect_format')({
  inspect, getProxyDetails, builtInObjects,
});

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  getStringWidth,
  isError,
  inspectDefaultOptions,
  customInspectSymbol,
};
