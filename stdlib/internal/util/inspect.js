'use strict';

// util.inspect, util.format and util.formatWithOptions, formatting exactly like
// Node.js v20. This file walks values; the pieces live next to it:
//   inspect_base   options, colours, strings, numbers, line layout
//   inspect_kinds  keys, constructor names, function/class/boxed headers
//   inspect_error  Error objects
//   inspect_format util.format / util.formatWithOptions
//
// Boa is an interpreter with a small value stack: the recursive path
// (formatValue -> formatObject -> formatProperty -> formatValue) is kept to
// small functions; everything else happens in helpers that return before the
// recursion goes deeper.

const types = require('internal/util/types');
const base = require('internal/util/inspect_base');
const kinds = require('internal/util/inspect_kinds');
const { formatError, isError } = require('internal/util/inspect_error');
const binding = internalBinding('util');

const {
  inspectDefaultOptions, colors, styles, stylizeWithColor, stylizeNoColor,
  escapeNoQuotes, strEscape, replaceNewlines, formatNumber, formatBigInt, formatPrimitive,
  getStringWidth, stripVTControlCharacters, validateObjectArg, getPrefix, reduceToSingleString,
  getUserOptions,
  kObjectType, kArrayType, kArrayExtrasType,
} = base;
const {
  builtInObjects, getKeys, getOwnNonIndexProperties, isIdentifierKey, internalGetConstructorName,
  nullProtoFallback, getIteratorBraces, getFunctionBase, getBoxedBase,
} = kinds;
const {
  isArgumentsObject, isBoxedPrimitive, isBigIntObject, isSymbolObject, isDataView, isDate, isMap,
  isMapIterator,
  isModuleNamespaceObject, isPromise, isRegExp, isSet, isSetIterator, isWeakMap, isWeakSet,
  isArrayBuffer, isAnyArrayBuffer, typedArrayKind,
} = types;

const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const ArrayIsArray = Array.isArray;
const ObjectAssign = Object.assign;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectKeys = Object.keys;
const ObjectPrototypeToString = uncurry(Object.prototype.toString);
const ErrorCtor = Error;
const ReflectOwnKeys = Reflect.ownKeys;
const ReflectApply = Reflect.apply;
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const ArrayIncludes = uncurry(Array.prototype.includes);
const ArrayJoin = uncurry(Array.prototype.join);
const ArraySort = uncurry(Array.prototype.sort);
const ArraySlice = uncurry(Array.prototype.slice);
const ArraySplice = uncurry(Array.prototype.splice);
const ArrayPush = uncurry(Array.prototype.push);
const ArrayPop = uncurry(Array.prototype.pop);
const ArrayUnshift = uncurry(Array.prototype.unshift);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeLastIndexOf = uncurry(String.prototype.lastIndexOf);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const NumberPrototypeToString = uncurry(Number.prototype.toString);
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
const TypedArrayLength = uncurry(
  ObjectGetOwnPropertyDescriptor(ObjectGetPrototypeOf(Uint8Array.prototype), 'length').get);
const ArrayBufferByteLength = uncurry(ObjectGetOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);
const SharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurry(ObjectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get) : undefined;
const MathMin = Math.min;
const MathMax = Math.max;
const NumberIsNaN = Number.isNaN;
const RegExpCtor = RegExp;
const Uint8ArrayCtor = Uint8Array;
const ObjectCtor = Object;
const RangeErrorCtor = RangeError;
const ReferenceErrorCtor = ReferenceError;
const SafeMap = Map;
const SafeWeakMap = WeakMap;
const WeakMapGet = uncurry(WeakMap.prototype.get);
const WeakMapSet = uncurry(WeakMap.prototype.set);
const SymbolHasInstance = Symbol.hasInstance;
const FunctionPrototypeHasInstance = Function.prototype[Symbol.hasInstance];
const SafeSet = Set;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const typedArrayCtors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function getProxyDetails(value) {
  return binding.getProxyDetails(value);
}

// ---------------------------------------------------------------------------
// Entry point.

function inspect(value, opts, legacyDepth, legacyColors) {
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
  // Legacy signature: inspect(value, showHidden, depth, colors).
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (opts !== undefined) {
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
ObjectDefineProperty(inspect, 'length', { __proto__: null, value: 2, configurable: true });
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

// ---------------------------------------------------------------------------
// Values.

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');
  const proxy = getProxyDetails(value);
  let maybeCustom;
  if (proxy !== undefined || (ctx.customInspect && (maybeCustom = value[customInspectSymbol]) !== undefined)) {
    return formatSpecialValue(ctx, value, recurseTimes, typedArray, proxy, maybeCustom);
  }
  if (ArrayIncludes(ctx.seen, value)) return formatCircular(ctx, value);
  const plan = planObject(ctx, value, recurseTimes, typedArray);
  if (typeof plan === 'string') return plan;
  return formatObject(ctx, value, recurseTimes, plan);
}

// Proxies and objects with an inspect.custom method.
function formatSpecialValue(ctx, value, recurseTimes, typedArray, proxy, maybeCustom) {
  // The receiver of a custom inspect method stays the proxy itself.
  const context = value;
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
    if (ctx.customInspect) maybeCustom = value[customInspectSymbol];
  }
  if (ctx.customInspect) {
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        // Prototype objects are skipped.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof ObjectCtor);
      const ret = ReflectApply(maybeCustom, context, [depth, getUserOptions(ctx, isCrossContext), inspect]);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return replaceNewlines(ret, `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }
  if (ArrayIncludes(ctx.seen, value)) return formatCircular(ctx, value);
  const plan = planObject(ctx, value, recurseTimes, typedArray);
  if (typeof plan === 'string') return plan;
  return formatObject(ctx, value, recurseTimes, plan);
}

function formatCircular(ctx, value) {
  let index = 1;
  if (ctx.circular === undefined) {
    ctx.circular = new SafeMap();
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

// How the entries of an object are produced (plan[P_KIND]).
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

// A plan is an array (cheaper to create than an object in Boa), indexed by:
const P_CONSTRUCTOR = 0;
const P_TAG = 1;
const P_KEYS = 2;
const P_PROTO_PROPS = 3;
const P_BRACES = 4;
const P_BASE = 5;
const P_KIND = 6;
const P_EXTRAS_TYPE = 7;
const P_AUX = 8;
const P_AUX2 = 9;

// Works out everything about an object before its entries are formatted:
// returns the complete output for objects that need no recursion (empty
// objects, functions, dates, errors without extra keys, objects past `depth`),
// else a plan for formatObject.
function planObject(ctx, value, recurseTimes, typedArray) {
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
  let extrasType = kObjectType;
  let aux;
  let aux2;
  let handled = false;
  const hasIterator = SymbolIterator in value;

  if (hasIterator || constructor === null) {
    handled = true;
    let taKind;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
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
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
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
    } else if (isMapIterator(value) && (aux = previewEntries(value)) !== undefined) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      kind = F_ITER;
    } else if (isSetIterator(value) && (aux = previewEntries(value)) !== undefined) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      kind = F_ITER;
    } else {
      handled = false;
    }
  }
  if (!handled) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (hasIterator && isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else {
      const res = planOtherObject(ctx, value, recurseTimes, typedArray, constructor, tag, keys, protoProps, braces);
      if (typeof res === 'string') return res;
      kind = res.kind;
      base = res.base;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = StringPrototypeSlice(getPrefix(constructor, tag, objectFallback(constructor, value, tag)), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  return [constructor, tag, keys, protoProps, braces, base, kind, extrasType, aux, aux2];
}

function objectFallback(constructor, value, tag) {
  return constructor === null ? nullProtoFallback(binding, value, tag) : 'Object';
}

// The kinds of objects without Symbol.iterator (or class instances): returns
// the final output, or { kind, base } (braces and keys are updated in place).
function planOtherObject(ctx, value, recurseTimes, typedArray, constructor, tag, keys, protoProps, braces) {
  const noExtras = keys.length === 0 && protoProps === undefined;
  let base = '';
  let kind = F_EMPTY;
  // Without a Symbol.toStringTag in the chain, Object.prototype.toString tells
  // the built-in tag, which rules out most kinds without a throwing brand check
  // each (class instances are the common case here).
  const rawTag = value[SymbolToStringTag];
  const ordinary = typeof rawTag !== 'string' && ObjectPrototypeToString(value) === '[object Object]';
  if (!ordinary && isRegExp(value)) {
    base = RegExpPrototypeToString(constructor !== null ? value : new RegExpCtor(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    if (noExtras || (recurseTimes > ctx.depth && ctx.depth !== null)) return ctx.stylize(base, 'regexp');
  } else if (!ordinary && isDate(value)) {
    base = NumberIsNaN(DatePrototypeGetTime(value)) ?
      DatePrototypeToString(value) : DatePrototypeToISOString(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    if (noExtras) return ctx.stylize(base, 'date');
  } else if (ordinary ? isInstanceof(value, ErrorCtor) : isError(value)) {
    base = formatError(value, constructor, tag, ctx, keys);
    if (keys.length === 0 && protoProps === undefined) return base;
  } else if (isAnyArrayBuffer(value)) {
    const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, arrayType);
    if (typedArray === undefined) {
      kind = F_ARRAYBUFFER;
    } else if (noExtras) {
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
  } else if (ordinary ? isBigIntObject(value) || isSymbolObject(value) : isBoxedPrimitive(value)) {
    base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (keys.length === 0 && protoProps === undefined) return base;
  } else {
    const prefix = getPrefix(constructor, tag, objectFallback(constructor, value, tag));
    if (noExtras) return `${prefix}{}`;
    braces[0] = `${prefix}{`;
  }
  return { kind, base };
}

// Formats the entries of a planned object and lays them out.
function formatObject(ctx, value, recurseTimes, plan) {
  recurseTimes += 1;
  ArrayPush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    const kind = plan[P_KIND];
    // The common kinds are called from here directly (one frame less per level).
    if (kind === F_EMPTY) output = [];
    else if (kind === F_ARRAY) output = formatArray(ctx, value, recurseTimes);
    else output = formatEntries(ctx, value, recurseTimes, plan);
    const keys = plan[P_KEYS];
    const extrasType = plan[P_EXTRAS_TYPE];
    for (let i = 0; i < keys.length; i++) {
      ArrayPush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
  } catch (err) {
    return handleMaxCallStackSize(ctx, err, value, plan, indentationLvl);
  }
  return finishObject(ctx, value, recurseTimes, plan, output);
}

function formatEntries(ctx, value, recurseTimes, plan) {
  switch (plan[P_KIND]) {
    case F_EMPTY: return [];
    case F_ARRAY: return formatArray(ctx, value, recurseTimes);
    case F_SET: return formatSet(ctx, plan[P_AUX], plan[P_AUX2], recurseTimes);
    case F_MAP: return formatMap(ctx, plan[P_AUX], plan[P_AUX2], recurseTimes);
    case F_TYPED: return formatTypedArray(ctx, plan[P_AUX], plan[P_AUX2], recurseTimes);
    case F_ITER: return formatIterator(ctx, plan[P_BRACES], plan[P_AUX], recurseTimes);
    case F_ARRAYBUFFER: return formatArrayBuffer(ctx, value);
    case F_PROMISE: return formatPromise(ctx, value, recurseTimes);
    case F_WEAKSET: return formatWeak(ctx, value, recurseTimes, false);
    case F_WEAKMAP: return formatWeak(ctx, value, recurseTimes, true);
    case F_WEAKUNKNOWN: return [ctx.stylize('<items unknown>', 'special')];
    default: return formatNamespaceObject(plan[P_KEYS], ctx, value, recurseTimes);
  }
}

function finishObject(ctx, value, recurseTimes, plan, output) {
  const protoProps = plan[P_PROTO_PROPS];
  if (protoProps !== undefined) {
    for (let i = 0; i < protoProps.length; i++) ArrayPush(output, protoProps[i]);
  }
  let base = plan[P_BASE];
  const braces = plan[P_BRACES];
  const extrasType = plan[P_EXTRAS_TYPE];
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
    const keyCount = plan[P_KEYS].length;
    if (extrasType === kObjectType) {
      ArraySort(output, comparator);
    } else if (keyCount > 1) {
      const sorted = ArraySort(ArraySlice(output, output.length - keyCount), comparator);
      ArrayUnshift(sorted, output, output.length - keyCount, keyCount);
      ReflectApply(ArraySplice, null, sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Very large outputs stop descending (like Node, past 2 ** 27 characters).
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function handleMaxCallStackSize(ctx, err, value, plan, indentationLvl) {
  if (err instanceof RangeErrorCtor && typeof err.message === 'string' &&
      (StringPrototypeIncludes(err.message, 'call stack') || StringPrototypeIncludes(err.message, 'recursion'))) {
    ArrayPop(ctx.seen);
    ctx.indentationLvl = indentationLvl;
    const constructor = plan[P_CONSTRUCTOR];
    const tag = plan[P_TAG];
    const name = StringPrototypeSlice(getPrefix(constructor, tag, objectFallback(constructor, value, tag)), 0, -1);
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. ` +
      'Maximum call stack size exceeded.]', 'special');
  }
  throw err;
}

const constructorCache = new SafeWeakMap();

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
  // Fast path: an object without an own `constructor` whose prototype's
  // constructor was seen before (memoised per prototype, re-validated).
  if (protoProps === undefined && !hasOwn(obj, 'constructor')) {
    const proto = ObjectGetPrototypeOf(obj);
    if (proto !== null) {
      const ctor = WeakMapGet(constructorCache, proto);
      if (ctor !== undefined && ctor.prototype === proto && proto.constructor === ctor &&
          ctor[SymbolHasInstance] === FunctionPrototypeHasInstance) {
        const name = ctor.name;
        if (typeof name === 'string' && name !== '') return name;
      }
    }
  }
  return findConstructorName(obj, ctx, recurseTimes, protoProps);
}

function findConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    if (hasOwn(obj, 'constructor')) {
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        // Remember the constructor of the direct prototype for the fast path.
        if (obj === firstProto && descriptor.value.prototype === obj) {
          WeakMapSet(constructorCache, obj, descriptor.value);
        }
        // String(): a class may name itself with a symbol (`static name = Symbol()`).
        return String(descriptor.value.name);
      }
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = internalGetConstructorName(binding, tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = findConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
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
      keySet = new SafeSet();
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

// ---------------------------------------------------------------------------
// Entries of the different object kinds.

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
    ArrayPush(parts, b < 16 ? `0${NumberPrototypeToString(b, 16)}` : NumberPrototypeToString(b, 16));
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
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    // Holes switch to the slower walk over the own keys.
    if (desc === undefined) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    if (desc.get === undefined && desc.set === undefined) {
      const v = desc.value;
      if (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'string') {
        ArrayPush(output, formatPrimitive(ctx.stylize, v, ctx));
      } else {
        ctx.indentationLvl += 2;
        ArrayPush(output, formatValue(ctx, v, recurseTimes));
        ctx.indentationLvl -= 2;
      }
    } else {
      ArrayPush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
    }
  }
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  return output;
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
      if (RegExpPrototypeExec(/^(0|[1-9][0-9]*)$/, key) === null) break;
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
      ArrayPush(output, `[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
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
    const k = formatValue(ctx, entry[0], recurseTimes);
    ArrayPush(output, `${k} => ${formatValue(ctx, entry[1], recurseTimes)}`);
  }
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// previewEntries(value) of the binding: [entries, isKeyValue] for Map/Set
// iterators and WeakMap/WeakSet (entries flat: [k1, v1, k2, v2, ...] when
// isKeyValue), or undefined when the engine cannot look inside.
function previewEntries(value) {
  if (typeof binding.previewEntries !== 'function') return undefined;
  const preview = binding.previewEntries(value);
  return preview === null ? undefined : preview;
}

function formatSetIterInner(ctx, recurseTimes, entries, weak) {
  const maxLength = MathMin(MathMax(ctx.maxArrayLength, 0), entries.length);
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
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pos = i * 2;
    const k = formatValue(ctx, entries[pos], recurseTimes);
    const v = formatValue(ctx, entries[pos + 1], recurseTimes);
    output[i] = weak ? `${k} => ${v}` :
      reduceToSingleString(ctx, [k, v], '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) ArraySort(output);
  if (remaining > 0) ArrayPush(output, remainingText(remaining));
  return output;
}

function formatWeak(ctx, value, recurseTimes, isMapLike) {
  const preview = previewEntries(value);
  if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
  const entries = preview[0];
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
      if (!(err instanceof ReferenceErrorCtor)) throw err;
      // An uninitialised binding (TDZ): a placeholder in place of the value.
      const tmp = { [keys[i]]: '' };
      const line = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = StringPrototypeLastIndexOf(line, ' ');
      output[i] = StringPrototypeSlice(line, 0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys are printed already.
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

// ---------------------------------------------------------------------------
// Properties.

// "key: value" (or only the value for array elements).
function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  if (desc === undefined) {
    desc = ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  }
  // An error's own `stack` is an accessor in coil (runtime/src/bindings/error_constructors.rs) where
  // V8 has a data property: show its value, as Node does.
  if (key === 'stack' && desc.get !== undefined && isError(value)) {
    desc = { value: value.stack, enumerable: desc.enumerable };
  }
  let str;
  let extra = ' ';
  const v = desc.value;
  if (v !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = typeof v !== 'object' && typeof v !== 'function' ?
      formatPrimitive(ctx.stylize, v, ctx) : formatValue(ctx, v, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatGetter(ctx, recurseTimes, desc, original);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatKey(ctx, key, desc)}:${extra}${str}`;
}

function formatGetter(ctx, recurseTimes, desc, original) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const sp = 'special';
  if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
    try {
      const tmp = ReflectApply(desc.get, original, []);
      ctx.indentationLvl += 2;
      let str;
      if (tmp === null) {
        str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
      } else if (typeof tmp === 'object') {
        str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
      } else {
        str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
      return str;
    } catch (err) {
      return `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s(']', sp)}`;
    }
  }
  return ctx.stylize(`[${label}]`, sp);
}

function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(escapeNoQuotes(SymbolPrototypeToString(key)), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return `[${escapeNoQuotes(key)}]`;
  if (isIdentifierKey(key)) return ctx.stylize === stylizeNoColor ? key : ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
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
