'use strict';
// node:querystring - parse/stringify `a=1&b=2` strings, with Node's exact edge cases:
// '+' reads as a space, malformed percent sequences survive (bytes that are not UTF-8 become
// U+FFFD), repeated keys collect into arrays, results have a null prototype, and the module's
// own `escape`/`unescape`/`unescapeBuffer` are looked up on the exports object at call time
// (programs may replace them).

const ArrayIsArray = Array.isArray;
const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const ArrayPrototypePush = Function.prototype.call.bind(Array.prototype.push);
const MathAbs = Math.abs;
const NumberIsFinite = Number.isFinite;
const ObjectKeys = Object.keys;
const StringCtor = String;
const StringFromCharCode = String.fromCharCode;
const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeReplaceAll = Function.prototype.call.bind(String.prototype.replaceAll);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const Uint8ArrayCtor = Uint8Array;
const decodeURIComponentFn = decodeURIComponent;
const encodeURIComponentFn = encodeURIComponent;

const QueryString = module.exports;

// ---------------------------------------------------------------------------------------------
// Hex tables

const HEX = '0123456789ABCDEF';
const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = `%${HEX[i >> 4]}${HEX[i & 15]}`;

// Value of a hex digit by char code, -1 otherwise.
const unhex = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) unhex[48 + i] = i;
for (let i = 0; i < 6; i++) {
  unhex[65 + i] = 10 + i;
  unhex[97 + i] = 10 + i;
}
function hexValue(code) {
  return code < 128 ? unhex[code] : -1;
}

// ASCII characters escape() leaves alone: A-Z a-z 0-9 and - . _ ~ ! ' ( ) *
// (the same set as encodeURIComponent).
const unreserved = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  unreserved[c.charCodeAt(0)] = 1;
}

// ---------------------------------------------------------------------------------------------
// escape / unescape

let lazyCodesValue;
function lazyCodes() {
  if (lazyCodesValue === undefined) lazyCodesValue = require('internal/errors').codes;
  return lazyCodesValue;
}

// Percent-encodes like encodeURIComponent, except for unpaired surrogates: a surrogate is
// combined with whatever code unit follows it (only one at the very end throws).
function encodeSlow(str) {
  const out = [];
  const len = str.length;
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (unreserved[c] === 1) continue;
      if (last < i) ArrayPrototypePush(out, StringPrototypeSlice(str, last, i));
      ArrayPrototypePush(out, hexTable[c]);
    } else {
      if (last < i) ArrayPrototypePush(out, StringPrototypeSlice(str, last, i));
      if (c < 0x800) {
        ArrayPrototypePush(out, hexTable[0xC0 | (c >> 6)], hexTable[0x80 | (c & 0x3F)]);
      } else if (c < 0xD800 || c >= 0xE000) {
        ArrayPrototypePush(out, hexTable[0xE0 | (c >> 12)], hexTable[0x80 | ((c >> 6) & 0x3F)],
          hexTable[0x80 | (c & 0x3F)]);
      } else {
        i++;
        if (i >= len) throw new (lazyCodes().ERR_INVALID_URI)();
        const low = StringPrototypeCharCodeAt(str, i) & 0x3FF;
        c = 0x10000 + (((c & 0x3FF) << 10) | low);
        ArrayPrototypePush(out, hexTable[0xF0 | (c >> 18)], hexTable[0x80 | ((c >> 12) & 0x3F)],
          hexTable[0x80 | ((c >> 6) & 0x3F)], hexTable[0x80 | (c & 0x3F)]);
      }
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) ArrayPrototypePush(out, StringPrototypeSlice(str, last));
  return ArrayPrototypeJoin(out, '');
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = StringCtor(str);
    else str += '';
  }
  try {
    return encodeURIComponentFn(str);
  } catch {
    // Only unpaired surrogates make encodeURIComponent throw.
    return encodeSlow(str);
  }
}

// The bytes of `s` with %XX sequences decoded (and '+' as a space if `decodeSpaces`); other
// characters contribute their low 8 bits, malformed sequences stay as they are.
function unescapeBytes(s, decodeSpaces) {
  const len = s.length;
  const out = new Uint8ArrayCtor(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 37 /* % */ && i < len - 2) {
      const hi = hexValue(StringPrototypeCharCodeAt(s, i + 1));
      if (hi >= 0) {
        const lo = hexValue(StringPrototypeCharCodeAt(s, i + 2));
        if (lo >= 0) {
          out[n++] = hi * 16 + lo;
          i += 2;
          continue;
        }
      }
      out[n++] = 37;
    } else if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
    } else {
      out[n++] = c;
    }
  }
  return n === len ? out : out.subarray(0, n);
}

// UTF-8 bytes to a string, invalid sequences becoming U+FFFD (WHATWG decoding).
function utf8Decode(bytes) {
  const parts = [];
  let units = [];
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xBF;
  const len = bytes.length;
  for (let i = 0; i < len; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) {
        ArrayPrototypePush(units, b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        else if (b === 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        else if (b === 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x7;
      } else {
        ArrayPrototypePush(units, 0xFFFD);
      }
    } else if (b < lower || b > upper) {
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xBF;
      ArrayPrototypePush(units, 0xFFFD);
      i--;
    } else {
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (b & 0x3F);
      if (++seen === needed) {
        if (cp > 0xFFFF) {
          cp -= 0x10000;
          ArrayPrototypePush(units, 0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF));
        } else {
          ArrayPrototypePush(units, cp);
        }
        needed = seen = cp = 0;
      }
    }
    if (units.length >= 4096) {
      ArrayPrototypePush(parts, StringFromCharCode(...units));
      units = [];
    }
  }
  if (needed !== 0) ArrayPrototypePush(units, 0xFFFD);
  ArrayPrototypePush(parts, StringFromCharCode(...units));
  return ArrayPrototypeJoin(parts, '');
}

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined && typeof globalThis.Buffer === 'function') BufferCtor = globalThis.Buffer;
  return BufferCtor;
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(s, decodeSpaces);
  const B = lazyBuffer();
  if (B === undefined) {
    throw new (lazyCodes().ERR_COIL_NOT_IMPLEMENTED)('querystring.unescapeBuffer (Buffer)');
  }
  return B.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponentFn(s);
  } catch {
    if (QueryString.unescapeBuffer !== unescapeBuffer) {
      return QueryString.unescapeBuffer(s, decodeSpaces).toString();
    }
    return utf8Decode(unescapeBytes(s, decodeSpaces));
  }
}

// ---------------------------------------------------------------------------------------------
// stringify

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && NumberIsFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the module's own escape: empty strings and small numbers skip the encoder.
function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && NumberIsFinite(v)) {
    // From 1e21 on, numbers print with an exponent ('1e+21') whose '+' needs escaping.
    return MathAbs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = ObjectKeys(obj);
  const parts = [];
  // A separator goes before a key's pieces only once the output is non-empty (`if (fields)`).
  let nonEmpty = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    let ks = convert(k, encode);
    ks += eq;
    ks = '' + ks;
    if (ArrayIsArray(v)) {
      const vlen = v.length;
      if (vlen === 0) continue;
      if (nonEmpty) ArrayPrototypePush(parts, '' + sep);
      for (let j = 0; j < vlen; j++) {
        if (j > 0) ArrayPrototypePush(parts, '' + sep);
        ArrayPrototypePush(parts, ks, '' + convert(v[j], encode));
      }
    } else {
      if (nonEmpty) ArrayPrototypePush(parts, '' + sep);
      ArrayPrototypePush(parts, ks, '' + convert(v, encode));
    }
    if (!nonEmpty) {
      for (let j = 0; j < parts.length; j++) {
        if (parts[j].length > 0) {
          nonEmpty = true;
          break;
        }
      }
    }
  }
  return ArrayPrototypeJoin(parts, '');
}

// ---------------------------------------------------------------------------------------------
// parse

// Whether a key or value needs decoding (Node's on-the-fly check, without regexps: they are slow
// in Boa). A key does when it has a valid escape (%XX); a value when it has one where '+'
// characters are skipped over ('%4+1' counts). Node also reads the rest of an encoded key with
// the value's rule, and a hit there marks the value as encoded too.

// The index just past the first valid escape in `s`, or -1.
function escapeEnd(s) {
  let offset = 0;
  let rest = s;
  for (;;) {
    const i = StringPrototypeIndexOf(rest, '%');
    if (i === -1) return -1;
    if (hexValue(StringPrototypeCharCodeAt(rest, i + 1)) >= 0 && hexValue(StringPrototypeCharCodeAt(rest, i + 2)) >= 0) {
      return offset + i + 3;
    }
    offset += i + 1;
    rest = StringPrototypeSlice(rest, i + 1);
  }
}

function hasPlusEscape(s) {
  let rest = s;
  for (;;) {
    const i = StringPrototypeIndexOf(rest, '%');
    if (i === -1) return false;
    let j = i + 1;
    while (StringPrototypeCharCodeAt(rest, j) === 43) j++;
    if (hexValue(StringPrototypeCharCodeAt(rest, j)) >= 0) {
      j++;
      while (StringPrototypeCharCodeAt(rest, j) === 43) j++;
      if (hexValue(StringPrototypeCharCodeAt(rest, j)) >= 0) return true;
    }
    rest = StringPrototypeSlice(rest, i + 1);
  }
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  if (obj[key] === undefined) {
    obj[key] = value;
  } else {
    const current = obj[key];
    if (current.pop) current[current.length] = value;
    else obj[key] = [current, value];
  }
}

// One pair whose key and value are verbatim pieces of the input.
function addPiece(obj, key, value, custom, decode) {
  let keyEncoded = custom;
  let valEncoded = custom;
  if (!custom) {
    if (StringPrototypeIndexOf(key, '%') !== -1) {
      const end = escapeEnd(key);
      if (end !== -1) {
        keyEncoded = true;
        valEncoded = hasPlusEscape(StringPrototypeSlice(key, end));
      }
    }
    if (!valEncoded && StringPrototypeIndexOf(value, '%') !== -1) valEncoded = hasPlusEscape(value);
  }
  // '+' is a space: literally, or as '%20' for a custom decoder.
  if (StringPrototypeIndexOf(key, '+') !== -1) key = StringPrototypeReplaceAll(key, '+', custom ? '%20' : ' ');
  if (StringPrototypeIndexOf(value, '+') !== -1) value = StringPrototypeReplaceAll(value, '+', custom ? '%20' : ' ');
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
}

// One-character separators (the usual '&' and '='): split with indexOf. (Searches run on slices
// of the rest of the input: in Boa, indexOf with a start position costs time proportional to
// that position, while slices are cheap views.)
function parseSimple(obj, qs, sep, eq, pairs, custom, decode) {
  let rest = qs;
  for (;;) {
    const end = StringPrototypeIndexOf(rest, sep);
    const piece = end === -1 ? rest : StringPrototypeSlice(rest, 0, end);
    if (piece.length === 0) {
      // An empty piece: it still counts towards maxKeys unless it ends the input.
      if (end === -1) return obj;
      if (--pairs === 0) return obj;
      rest = StringPrototypeSlice(rest, 1);
      continue;
    }
    const eqPos = StringPrototypeIndexOf(piece, eq);
    if (eqPos === -1) {
      addPiece(obj, piece, '', custom, decode);
    } else {
      addPiece(obj, StringPrototypeSlice(piece, 0, eqPos), StringPrototypeSlice(piece, eqPos + 1), custom, decode);
    }
    if (end === -1) return obj;
    if (--pairs === 0) return obj;
    rest = StringPrototypeSlice(rest, end + 1);
  }
}

// Any separators, one character at a time, as Node scans: a partial match of `sep` or `eq`
// that fails does not re-try the failing character as the start of a new match, characters of
// a partial match are not looked at otherwise, and whether a key or value gets decoded is
// decided on the fly (see hasPlusEscape).
function parseGeneral(obj, qs, sepStr, eqStr, pairs, custom, decode) {
  const sepLen = sepStr.length;
  const eqLen = eqStr.length;
  const len = qs.length;
  const plus = custom ? '%20' : ' ';
  let keyParts = [];
  let valueParts = [];
  let keyEncoded = custom;
  let valEncoded = custom;
  let hexRun = 0; // 1 after a '%', then one more per hex digit; an escape is complete at 3
  let last = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(qs, i);
    if (c === StringPrototypeCharCodeAt(sepStr, sepIdx)) {
      if (++sepIdx < sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (last < end) {
          ArrayPrototypePush(keyParts, StringPrototypeSlice(qs, last, end));
        } else if (keyParts.length === 0) {
          // Nothing between two separators.
          if (--pairs === 0) return obj;
          last = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (last < end) {
        ArrayPrototypePush(valueParts, StringPrototypeSlice(qs, last, end));
      }
      addKeyVal(obj, ArrayPrototypeJoin(keyParts, ''), ArrayPrototypeJoin(valueParts, ''), keyEncoded, valEncoded,
        decode);
      if (--pairs === 0) return obj;
      keyEncoded = valEncoded = custom;
      keyParts = [];
      valueParts = [];
      hexRun = 0;
      last = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (c === StringPrototypeCharCodeAt(eqStr, eqIdx)) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (last < end) ArrayPrototypePush(keyParts, StringPrototypeSlice(qs, last, end));
          hexRun = 0;
          last = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (c === 37) {
          hexRun = 1;
          continue;
        }
        if (hexRun > 0) {
          if (hexValue(c) >= 0) {
            if (++hexRun === 3) keyEncoded = true;
            continue;
          }
          hexRun = 0;
        }
      }
      if (c === 43) {
        if (last < i) ArrayPrototypePush(keyParts, StringPrototypeSlice(qs, last, i));
        ArrayPrototypePush(keyParts, plus);
        last = i + 1;
        continue;
      }
      // Other key characters go on through the value's escape check.
    }
    if (c === 43) {
      if (last < i) ArrayPrototypePush(valueParts, StringPrototypeSlice(qs, last, i));
      ArrayPrototypePush(valueParts, plus);
      last = i + 1;
    } else if (!valEncoded) {
      if (c === 37) {
        hexRun = 1;
      } else if (hexRun > 0) {
        if (hexValue(c) >= 0) {
          if (++hexRun === 3) valEncoded = true;
        } else {
          hexRun = 0;
        }
      }
    }
  }
  if (last < len) {
    if (eqIdx < eqLen) ArrayPrototypePush(keyParts, StringPrototypeSlice(qs, last));
    else if (sepIdx < sepLen) ArrayPrototypePush(valueParts, StringPrototypeSlice(qs, last));
  } else if (eqIdx === 0 && keyParts.length === 0) {
    return obj;
  }
  addKeyVal(obj, ArrayPrototypeJoin(keyParts, ''), ArrayPrototypeJoin(valueParts, ''), keyEncoded, valEncoded,
    decode);
  return obj;
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? StringCtor(sep) : '&';
  const eqStr = eq ? StringCtor(eq) : '=';
  // (An empty `sep` or `eq` string, as from `[]`, never matches.)
  // maxKeys: pieces left before stopping; a count that never reaches 0 exactly (maxKeys <= 0,
  // NaN, a fraction) means no limit.
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;
  if (sepStr.length === 1 && eqStr.length === 1 && sepStr !== eqStr) {
    return parseSimple(obj, qs, sepStr, eqStr, pairs, custom, decode);
  }
  return parseGeneral(obj, qs, sepStr, eqStr, pairs, custom, decode);
}

QueryString.unescapeBuffer = unescapeBuffer;
QueryString.unescape = qsUnescape;
QueryString.escape = qsEscape;
QueryString.stringify = stringify;
QueryString.encode = stringify;
QueryString.parse = parse;
QueryString.decode = parse;
