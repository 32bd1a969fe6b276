'use strict';

// Leaf helpers of util.inspect: option defaults, ANSI colours and styles, string
// escaping and quoting, number and primitive formatting, string width, the ANSI
// stripper and the line layout of entries (reduceToSingleString). The object
// walker, internal/util/inspect, builds on this.

const ObjectDefineProperty = Object.defineProperty;
const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ArrayPrototypeJoin = Array.prototype.join;
const FunctionPrototypeCall = Function.prototype.call;
const uncurry = (fn) => FunctionPrototypeCall.bind(fn);
const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringPrototypeCodePointAt = uncurry(String.prototype.codePointAt);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeNormalize = uncurry(String.prototype.normalize);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const StringPrototypeToUpperCase = uncurry(String.prototype.toUpperCase);
const NumberPrototypeToString = uncurry(Number.prototype.toString);
const RegExpPrototypeTest = uncurry(RegExp.prototype.test);
const SymbolPrototypeToString = uncurry(Symbol.prototype.toString);
const ArrayJoin = uncurry(ArrayPrototypeJoin);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const StringPrototypePadStart = uncurry(String.prototype.padStart);
const StringPrototypePadEnd = uncurry(String.prototype.padEnd);
const ArrayPush = uncurry(Array.prototype.push);
const MathTrunc = Math.trunc;
const MathSqrt = Math.sqrt;
const MathRound = Math.round;
const MathFloor = Math.floor;
const MathMin = Math.min;
const MathMax = Math.max;
const NumberIsFinite = Number.isFinite;
const NumberIsNaN = Number.isNaN;
const StringCtor = String;

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

// The options object handed to inspect.custom methods.
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
    // Receivers that are proxies or not `instanceof Object` only get primitive
    // options and a stylize function that cannot leak internals.
    ObjectSetPrototypeOf(ret, null);
    const keys = ObjectKeys(ret);
    for (let i = 0; i < keys.length; i++) {
      const v = ret[keys[i]];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) delete ret[keys[i]];
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
// Colours and styles.

const colors = { __proto__: null };
{
  const table = [
    'reset', 0, 0, 'bold', 1, 22, 'dim', 2, 22, 'italic', 3, 23, 'underline', 4, 24,
    'blink', 5, 25, 'inverse', 7, 27, 'hidden', 8, 28, 'strikethrough', 9, 29,
    'doubleunderline', 21, 24,
    'black', 30, 39, 'red', 31, 39, 'green', 32, 39, 'yellow', 33, 39, 'blue', 34, 39,
    'magenta', 35, 39, 'cyan', 36, 39, 'white', 37, 39,
    'bgBlack', 40, 49, 'bgRed', 41, 49, 'bgGreen', 42, 49, 'bgYellow', 43, 49,
    'bgBlue', 44, 49, 'bgMagenta', 45, 49, 'bgCyan', 46, 49, 'bgWhite', 47, 49,
    'framed', 51, 54, 'overlined', 53, 55,
    'gray', 90, 39, 'redBright', 91, 39, 'greenBright', 92, 39, 'yellowBright', 93, 39,
    'blueBright', 94, 39, 'magentaBright', 95, 39, 'cyanBright', 96, 39, 'whiteBright', 97, 39,
    'bgGray', 100, 49, 'bgRedBright', 101, 49, 'bgGreenBright', 102, 49,
    'bgYellowBright', 103, 49, 'bgBlueBright', 104, 49, 'bgMagentaBright', 105, 49,
    'bgCyanBright', 106, 49, 'bgWhiteBright', 107, 49,
  ];
  for (let i = 0; i < table.length; i += 3) colors[table[i]] = [table[i + 1], table[i + 2]];
  // Aliases are non-enumerable accessors onto the canonical entry.
  const aliases = [
    'grey', 'gray', 'blackBright', 'gray', 'bgGrey', 'bgGray', 'bgBlackBright', 'bgGray',
    'faint', 'dim', 'crossedout', 'strikethrough', 'strikeThrough', 'strikethrough',
    'crossedOut', 'strikethrough', 'conceal', 'hidden', 'swapColors', 'inverse',
    'swapcolors', 'inverse', 'doubleUnderline', 'doubleunderline',
  ];
  for (let i = 0; i < aliases.length; i += 2) {
    const target = aliases[i + 1];
    ObjectDefineProperty(colors, aliases[i], {
      __proto__: null,
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
}

const styles = {
  __proto__: null,
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
};

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// Removes the "\u001b[<1 or 2 digits>m" sequences stylizeWithColor adds.
function removeColors(str) {
  if (!StringPrototypeIncludes(str, '\u001b[')) return str;
  const parts = [];
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    if (StringPrototypeCharCodeAt(str, i) !== 0x1b || StringPrototypeCharCodeAt(str, i + 1) !== 0x5b) continue;
    const d1 = StringPrototypeCharCodeAt(str, i + 2);
    if (!(d1 >= 48 && d1 <= 57)) continue;
    let end = i + 3;
    const d2 = StringPrototypeCharCodeAt(str, end);
    if (d2 >= 48 && d2 <= 57) end++;
    if (StringPrototypeCharCodeAt(str, end) !== 0x6d) continue;
    ArrayPush(parts, StringPrototypeSlice(str, last, i));
    last = end + 1;
    i = end;
  }
  ArrayPush(parts, StringPrototypeSlice(str, last));
  return ArrayJoin(parts, '');
}

// "Foo ", "Foo(2) [tag] ", "[Object: null prototype] ": what precedes the braces.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// ---------------------------------------------------------------------------
// Strings.

// meta[c] is the escape for char code c (control characters, quote, backslash).
const meta = [];
for (let c = 0; c < 0xa0; c++) {
  if (c < 0x20 || c >= 0x7f) {
    const hex = StringPrototypeToUpperCase(NumberPrototypeToString(c, 16));
    meta[c] = c < 16 ? `\\x0${hex}` : `\\x${hex}`;
  } else {
    meta[c] = '';
  }
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

// Characters that need escaping: controls, C1 controls, backslash, lone
// surrogates (and the quote, when it is the single quote).
const escapeTestAll = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
const escapeTestNoQuote = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

// Boa has no rope strings and its regex and indexOf(x, from) scans are O(n) per
// call, so long strings are scanned once with charCodeAt and assembled from parts.
function escapeLoop(str, quoteCode) {
  const parts = [];
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c >= 0x20 && c < 0x7f) {
      if (c !== quoteCode && c !== 92) continue;
    } else if (c >= 0xa0 && (c < 0xd800 || c > 0xdfff)) {
      continue;
    }
    let escaped;
    if (c < 0xa0) {
      escaped = meta[c];
    } else {
      if (c <= 0xdbff && i + 1 < len) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      escaped = `\\u${NumberPrototypeToString(c, 16)}`;
    }
    if (last !== i) ArrayPush(parts, StringPrototypeSlice(str, last, i));
    ArrayPush(parts, escaped);
    last = i + 1;
  }
  if (last === 0) return str;
  if (last !== len) ArrayPush(parts, StringPrototypeSlice(str, last));
  return ArrayJoin(parts, '');
}

// True when `str` holds a character escapeLoop would change.
function needsEscape(str, test, quoteCode) {
  // A regex test costs about as much as checking two characters in Boa.
  if (str.length > 2) return RegExpPrototypeTest(test, str);
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x20 || c === quoteCode || c === 92 || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c <= 0xdfff)) {
      return true;
    }
  }
  return false;
}

// Escapes `str` (including single quotes) without adding quotes: used for symbol
// descriptions and non-enumerable key names.
function escapeNoQuotes(str) {
  if (!needsEscape(str, escapeTestAll, 39)) return str;
  return escapeLoop(str, 39);
}

// Quotes and escapes a string like Node: single quotes unless the string holds a
// single quote, then double quotes, then backticks, then escaped single quotes.
function strEscape(str) {
  let quote = "'";
  let quoteCode = 39;
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) {
      quote = '"';
    } else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
      quote = '`';
    }
    if (quote !== "'") quoteCode = -1;
  }
  if (!needsEscape(str, quoteCode === 39 ? escapeTestAll : escapeTestNoQuote, quoteCode)) {
    return `${quote}${str}${quote}`;
  }
  return `${quote}${escapeLoop(str, quoteCode)}${quote}`;
}

// Replaces every "\n" of `str` with `replacement` (a single linear pass).
function replaceNewlines(str, replacement) {
  if (!StringPrototypeIncludes(str, '\n')) return str;
  const parts = [];
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    if (StringPrototypeCharCodeAt(str, i) === 10) {
      ArrayPush(parts, StringPrototypeSlice(str, last, i));
      last = i + 1;
    }
  }
  ArrayPush(parts, StringPrototypeSlice(str, last));
  return ArrayJoin(parts, replacement);
}

// ---------------------------------------------------------------------------
// Numbers.

function addNumericSeparator(integerString) {
  let i = integerString.length;
  const start = StringPrototypeCharCodeAt(integerString, 0) === 45 /* - */ ? 1 : 0;
  if (i < start + 4) return integerString;
  const parts = [];
  for (; i >= start + 4; i -= 3) parts.push(StringPrototypeSlice(integerString, i - 3, i));
  parts.push(StringPrototypeSlice(integerString, 0, i));
  parts.reverse();
  return ArrayJoin(parts, '_');
}

function addNumericSeparatorEnd(fractionString) {
  const parts = [];
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) parts.push(StringPrototypeSlice(fractionString, i, i + 3));
  if (i === 0) return fractionString;
  parts.push(StringPrototypeSlice(fractionString, i));
  return ArrayJoin(parts, '_');
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = MathTrunc(number);
  const string = StringCtor(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(string, 'e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (NumberIsNaN(number)) return fn(string, 'number');
  const full = StringCtor(number);
  const dot = StringPrototypeIndexOf(full, '.');
  return fn(`${addNumericSeparator(StringPrototypeSlice(full, 0, dot))}.${
    addNumericSeparatorEnd(StringPrototypeSlice(full, dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = StringCtor(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// ---------------------------------------------------------------------------
// Primitives.

const kMinLineWidth = 16;

// Entry kinds: object properties ("key: value"), array elements (value only),
// extra keys of array-like objects ("key: value", grouped like elements).
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Split after every newline (not at the very end); each line is quoted
        // on its own.
        let lines;
        let start = 0;
        const last = value.length - 1;
        for (let i = 0; i < last; i++) {
          if (StringPrototypeCharCodeAt(value, i) === 10) {
            if (lines === undefined) lines = [];
            ArrayPush(lines, fn(strEscape(StringPrototypeSlice(value, start, i + 1)), 'string'));
            start = i + 1;
          }
        }
        if (lines !== undefined) {
          ArrayPush(lines, fn(strEscape(StringPrototypeSlice(value, start)), 'string'));
          return ArrayJoin(lines, ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`) + trailer;
        }
      }
      const quoted = strEscape(value);
      if (fn === stylizeNoColor) return trailer === '' ? quoted : quoted + trailer;
      return fn(quoted, 'string') + trailer;
    }
    case 'number':
      if (fn === stylizeNoColor && !ctx.numericSeparator) {
        return value === 0 && ObjectIs(value, -0) ? '-0' : `${value}`;
      }
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(SymbolPrototypeToString(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Terminal width of a string (East Asian wide characters count twice, combining
// marks and controls zero times).

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x231a && code <= 0x231b) ||
    (code >= 0x23e9 && code <= 0x23ec) || code === 0x23f0 || code === 0x23f3 ||
    (code >= 0x25fd && code <= 0x25fe) ||
    (code >= 0x2614 && code <= 0x2615) ||
    (code >= 0x2648 && code <= 0x2653) ||
    code === 0x267f || code === 0x2693 || code === 0x26a1 ||
    (code >= 0x26aa && code <= 0x26ab) || (code >= 0x26bd && code <= 0x26be) ||
    (code >= 0x26c4 && code <= 0x26c5) || code === 0x26ce || code === 0x26d4 ||
    code === 0x26ea || (code >= 0x26f2 && code <= 0x26f3) || code === 0x26f5 ||
    code === 0x26fa || code === 0x26fd || code === 0x2705 ||
    (code >= 0x270a && code <= 0x270b) || code === 0x2728 || code === 0x274c ||
    code === 0x274e || (code >= 0x2753 && code <= 0x2755) || code === 0x2757 ||
    (code >= 0x2795 && code <= 0x2797) || code === 0x27b0 || code === 0x27bf ||
    (code >= 0x2b1b && code <= 0x2b1c) || code === 0x2b50 || code === 0x2b55 ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x3247) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x16fe0 && code <= 0x18cd5) ||
    (code >= 0x1b000 && code <= 0x1b2fb) ||
    code === 0x1f004 || code === 0x1f0cf || code === 0x1f18e ||
    (code >= 0x1f191 && code <= 0x1f19a) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f260 && code <= 0x1f265) ||
    (code >= 0x1f300 && code <= 0x1f320) || (code >= 0x1f32d && code <= 0x1f335) ||
    (code >= 0x1f337 && code <= 0x1f37c) || (code >= 0x1f37e && code <= 0x1f393) ||
    (code >= 0x1f3a0 && code <= 0x1f3ca) || (code >= 0x1f3cf && code <= 0x1f3d3) ||
    (code >= 0x1f3e0 && code <= 0x1f3f0) || code === 0x1f3f4 ||
    (code >= 0x1f3f8 && code <= 0x1f43e) || code === 0x1f440 ||
    (code >= 0x1f442 && code <= 0x1f4fc) || (code >= 0x1f4ff && code <= 0x1f53d) ||
    (code >= 0x1f54b && code <= 0x1f54e) || (code >= 0x1f550 && code <= 0x1f567) ||
    code === 0x1f57a || (code >= 0x1f595 && code <= 0x1f596) || code === 0x1f5a4 ||
    (code >= 0x1f5fb && code <= 0x1f64f) || (code >= 0x1f680 && code <= 0x1f6c5) ||
    code === 0x1f6cc || (code >= 0x1f6d0 && code <= 0x1f6d2) ||
    (code >= 0x1f6d5 && code <= 0x1f6d7) || (code >= 0x1f6dc && code <= 0x1f6df) ||
    (code >= 0x1f6eb && code <= 0x1f6ec) || (code >= 0x1f6f4 && code <= 0x1f6fc) ||
    (code >= 0x1f7e0 && code <= 0x1f7eb) || code === 0x1f7f0 ||
    (code >= 0x1f90c && code <= 0x1f93a) || (code >= 0x1f93c && code <= 0x1f945) ||
    (code >= 0x1f947 && code <= 0x1f9ff) || (code >= 0x1fa70 && code <= 0x1faf8) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

const nonAsciiRegExp = /[^\x20-\x7e]/;

function getStringWidth(str, removeControlChars = true) {
  // Short printable ASCII strings: the width is the length.
  let ascii = str.length <= 64;
  for (let i = 0; ascii && i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x20 || c > 0x7e) {
      ascii = false;
      break;
    }
  }
  if (ascii) return str.length;
  if (removeControlChars) str = stripVTControlCharacters(str);
  if (!RegExpPrototypeTest(nonAsciiRegExp, str)) return str.length;
  str = StringPrototypeNormalize(str, 'NFC');
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCodePointAt(str, i);
    if (code > 0xffff) i++;
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

// The usual ANSI escape sequence pattern (CSI and OSC sequences).
const ansi = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  return StringPrototypeReplace(str, ansi, '');
}

// ---------------------------------------------------------------------------
// Layout.

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Put the entries on one line when the object is at most `compact` levels
      // above its innermost nested object and everything fits.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = ArrayJoin(output, ', ');
          if (!StringPrototypeIncludes(joinedOutput, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      ArrayJoin(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${ArrayJoin(output, ', ')} ${braces[1]}`;
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${ArrayJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// Lay out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when at least three columns fit and entries are of similar size.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      // Aim for a roughly square block, characters being ~2.5 times taller than wide.
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      ArrayPush(maxLineLength, lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      const parts = [];
      let j = i;
      for (; j < max - 1; j++) {
        // Account for invisible colour codes in the padding.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        ArrayPush(parts, padStart ?
          StringPrototypePadStart(`${output[j]}, `, padding, ' ') :
          StringPrototypePadEnd(`${output[j]}, `, padding, ' '));
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        ArrayPush(parts, StringPrototypePadStart(output[j], padding, ' '));
      } else {
        ArrayPush(parts, output[j]);
      }
      ArrayPush(tmp, ArrayJoin(parts, ''));
    }
    if (ctx.maxArrayLength < output.length) ArrayPush(tmp, output[outputLength]);
    output = tmp;
  }
  return output;
}

// ---------------------------------------------------------------------------
// ERR_INVALID_ARG_TYPE, as Node words it (internal/errors is not a dependency
// of the inspector, which internal/errors itself uses to describe values).

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return ` Received an instance of ${ctor.name}`;
    return ` Received ${module.exports.inspectValue(value, { depth: -1 })}`;
  }
  let shown = module.exports.inspectValue(value, { colors: false });
  if (shown.length > 28) shown = `${StringPrototypeSlice(shown, 0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, type, value) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new TypeError(`The "${name}" argument must be of type ${type}.${describeReceived(value)}`);
  ObjectDefineProperty(err, 'code', {
    __proto__: null, value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: false, configurable: true,
  });
  return err;
}

// validateObject(): arrays and functions are accepted only with `allowObjects`.
function validateObjectArg(value, name, allowObjects = false) {
  if (allowObjects ? (value === null || (typeof value !== 'object' && typeof value !== 'function')) :
    (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw invalidArgType(name, 'object', value);
  }
}

module.exports = {
  inspectDefaultOptions,
  colors,
  styles,
  stylizeWithColor,
  stylizeNoColor,
  removeColors,
  getPrefix,
  meta,
  escapeNoQuotes,
  strEscape,
  replaceNewlines,
  formatNumber,
  formatBigInt,
  formatPrimitive,
  getStringWidth,
  stripVTControlCharacters,
  reduceToSingleString,
  kObjectType,
  kArrayType,
  kArrayExtrasType,
  invalidArgType,
  validateObjectArg,
  getUserOptions,
  // Set by internal/util/inspect (used for error messages only).
  inspectValue: undefined,
};
