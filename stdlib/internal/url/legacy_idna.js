'use strict';
// Host name conversions for the legacy url API:
// - legacyToASCII(hostname): what url.parse() does to a host name (Node 20 calls ada's
//   idna::to_ascii, which is lighter than the WHATWG host parser: it keeps ASCII names as they
//   are, does not parse IPv4 numbers, and only validates `xn--` labels);
// - toUnicode(hostname): ada's idna::to_unicode (label-wise punycode decoding, never fails),
//   used by url.format(URL, { unicode: true }).
// Non-ASCII names go through the runtime's WHATWG domainToASCII, which applies the same UTS #46
// mapping and validation; the characters it refuses but ada keeps (controls, '[', a space
// mapped from U+3000, ...) stand aside behind placeholders meanwhile.

const binding = internalBinding('url');

const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeLastIndexOf = Function.prototype.call.bind(String.prototype.lastIndexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeSplit = Function.prototype.call.bind(String.prototype.split);
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const ArrayPrototypeJoin = Function.prototype.call.bind(Array.prototype.join);
const ArrayPrototypeSplice = Function.prototype.call.bind(Array.prototype.splice);
const StringFromCodePoint = String.fromCodePoint;
const MathFloor = Math.floor;

// RFC 3492 parameters.
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

// Punycode digit value of a (lower-case) character code, -1 if it is not a digit.
function digitValue(code) {
  if (code >= 97 && code <= 122) return code - 97; // a-z
  if (code >= 48 && code <= 57) return code - 22; // 0-9 -> 26..35
  return -1;
}

function adaptBias(delta, numPoints, firstTime) {
  delta = firstTime ? MathFloor(delta / DAMP) : delta >> 1;
  delta += MathFloor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = MathFloor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + MathFloor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

// Decodes the part of a label after `xn--` into code points; null when it is not valid
// punycode (with ada's limits: 31-bit arithmetic, inserted code points at least U+0080).
function decodePunycode(input) {
  const output = [];
  const len = input.length;
  const basicEnd = StringPrototypeLastIndexOf(input, '-');
  let pos = 0;
  if (basicEnd !== -1) {
    for (let j = 0; j < basicEnd; j++) {
      const code = StringPrototypeCharCodeAt(input, j);
      if (code >= 0x80) return null;
      output.push(code);
    }
    pos = basicEnd + 1;
  }
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  while (pos < len) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= len) return null;
      const digit = digitValue(StringPrototypeCharCodeAt(input, pos++));
      if (digit < 0 || digit > MathFloor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      if (w > MathFloor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adaptBias(i - oldI, count, oldI === 0);
    if (MathFloor(i / count) > MAX_INT - n) return null;
    n += MathFloor(i / count);
    if (n < 0x80 || n > 0x10ffff) return null;
    i %= count;
    ArrayPrototypeSplice(output, i, 0, n);
    i++;
  }
  return output;
}

// String of an array of code points (in chunks: a spread of a huge array could overflow).
function fromCodePoints(points) {
  if (points.length <= 4096) return StringFromCodePoint(...points);
  const parts = [];
  for (let i = 0; i < points.length; i += 4096) {
    parts.push(StringFromCodePoint(...points.slice(i, i + 4096)));
  }
  return ArrayPrototypeJoin(parts, '');
}

function isAscii(text) {
  for (let i = 0; i < text.length; i++) {
    if (StringPrototypeCharCodeAt(text, i) >= 0x80) return false;
  }
  return true;
}

// WHATWG domain-to-ASCII of `name`. A dummy last label keeps the host parser from reading a
// numeric last label as IPv4 (ada's to_ascii never does that); '' on failure.
function hostToASCII(name) {
  const out = binding.domainToASCII(`${name}.x`);
  return out === '' ? '' : StringPrototypeSlice(out, 0, -2);
}

// ASCII characters the WHATWG host parser refuses but ada's to_ascii passes through (Node
// rejects some of them afterwards, unless a NUL cut the name before them).
function isRefusedAscii(code) {
  return code < 0x20 || code === 0x7f || code === 0x20 || code === 0x23 || code === 0x25 ||
    code === 0x2f || code === 0x3a || code === 0x3c || code === 0x3e || code === 0x3f ||
    code === 0x40 || code === 0x5b || code === 0x5c || code === 0x5d || code === 0x5e ||
    code === 0x7c;
}

// Non-ASCII characters whose UTS #46 mapping holds one of those (Unicode data: the spaces,
// spacing accents, small and full-width forms).
const SPACE_FORMS = [0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x202f, 0x205f, 0x3000];
const MAPPED_TO_REFUSED = new Map([
  [0xa8, ' \u0308'], [0xaf, ' \u0304'], [0xb4, ' \u0301'], [0xb8, ' \u0327'], [0x2d8, ' \u0306'],
  [0x2d9, ' \u0307'], [0x2da, ' \u030a'], [0x2db, ' \u0328'], [0x2dc, ' \u0303'], [0x2dd, ' \u030b'],
  [0x37a, ' \u03b9'], [0x384, ' \u0301'], [0x385, ' \u0308\u0301'], [0x1fbd, ' \u0313'],
  [0x1fbf, ' \u0313'], [0x1fc0, ' \u0342'], [0x1fc1, ' \u0308\u0342'], [0x1fcd, ' \u0313\u0300'],
  [0x1fce, ' \u0313\u0301'], [0x1fcf, ' \u0313\u0342'], [0x1fdd, ' \u0314\u0300'],
  [0x1fde, ' \u0314\u0301'], [0x1fdf, ' \u0314\u0342'], [0x1fed, ' \u0308\u0300'],
  [0x1fee, ' \u0308\u0301'], [0x1ffd, ' \u0301'], [0x1ffe, ' \u0314'], [0x2017, ' \u0333'],
  [0x203e, ' \u0305'], [0x2047, '??'], [0x2048, '?!'], [0x2049, '!?'], [0x2100, 'a/c'],
  [0x2101, 'a/s'], [0x2105, 'c/o'], [0x2106, 'c/u'], [0x2a74, '::='], [0x309b, ' \u3099'],
  [0x309c, ' \u309a'], [0xfc5e, ' \u064c\u0651'], [0xfc5f, ' \u064d\u0651'],
  [0xfc60, ' \u064e\u0651'], [0xfc61, ' \u064f\u0651'], [0xfc62, ' \u0650\u0651'],
  [0xfc63, ' \u0651\u0670'], [0xfe13, ':'], [0xfe16, '?'], [0xfe47, '['], [0xfe48, ']'],
  [0xfe49, ' \u0305'], [0xfe4a, ' \u0305'], [0xfe4b, ' \u0305'], [0xfe4c, ' \u0305'], [0xfe55, ':'],
  [0xfe56, '?'], [0xfe5f, '#'], [0xfe64, '<'], [0xfe65, '>'], [0xfe68, '\\'], [0xfe6a, '%'],
  [0xfe6b, '@'], [0xfe70, ' \u064b'], [0xfe72, ' \u064c'], [0xfe74, ' \u064d'], [0xfe76, ' \u064e'],
  [0xfe78, ' \u064f'], [0xfe7a, ' \u0650'], [0xfe7c, ' \u0651'], [0xfe7e, ' \u0652'],
  [0xffe3, ' \u0304'],
]);
for (const code of SPACE_FORMS) MAPPED_TO_REFUSED.set(code, ' ');
// Full-width forms of the refused printable characters.
for (const c of '#%/:<>?@[\\]^|') MAPPED_TO_REFUSED.set(0xfee0 + c.charCodeAt(0), c);
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);

// Stand-ins for refused characters: ASCII punctuation both conversions keep as it is.
const PLACEHOLDERS = ['!', '$', '&', '(', ')', '*', '+', ',', ';', '=', '_', '~'];

function countOf(text, char) {
  let count = 0;
  for (let i = StringPrototypeIndexOf(text, char); i !== -1;
    i = StringPrototypeIndexOf(text, char, i + 1)) count++;
  return count;
}

// `name` split into pieces, with the refused characters (after expanding the characters that
// map to them) as separate entries listed in `refused`.
function splitRefused(name, refused) {
  const pieces = [];
  let last = 0;
  for (let i = 0; i < name.length; i++) {
    const code = StringPrototypeCharCodeAt(name, i);
    if (code < 0x80 ? !isRefusedAscii(code) : MapPrototypeGet(MAPPED_TO_REFUSED, code) === undefined) {
      continue;
    }
    pieces.push(StringPrototypeSlice(name, last, i));
    const expanded = code < 0x80 ? name[i] : MapPrototypeGet(MAPPED_TO_REFUSED, code);
    for (let j = 0; j < expanded.length; j++) {
      if (isRefusedAscii(StringPrototypeCharCodeAt(expanded, j))) {
        refused.push(expanded[j]);
        pieces.push(null);
      } else {
        pieces.push(expanded[j]);
      }
    }
    last = i + 1;
  }
  pieces.push(StringPrototypeSlice(name, last));
  return pieces;
}

// ada's to_ascii of a non-ASCII name through the WHATWG conversion: refused characters are
// swapped for a placeholder the name does not use (punycode copies ASCII through in order),
// converted, and put back.
function whatwgToASCII(name) {
  const refused = [];
  const pieces = splitRefused(name, refused);
  if (refused.length === 0) return hostToASCII(name);
  for (let p = 0; p < PLACEHOLDERS.length; p++) {
    const placeholder = PLACEHOLDERS[p];
    const text = ArrayPrototypeJoin(pieces.map((piece) => (piece === null ? '\0' : piece)), '');
    if (StringPrototypeIndexOf(text, placeholder) !== -1) continue;
    const out = hostToASCII(ArrayPrototypeJoin(
      pieces.map((piece) => (piece === null ? placeholder : piece)), ''));
    if (out === '') return '';
    // The mapping may have produced the placeholder itself (from a full-width form): try another.
    if (countOf(out, placeholder) !== refused.length) continue;
    const parts = StringPrototypeSplit(out, placeholder);
    const restored = [parts[0]];
    for (let i = 1; i < parts.length; i++) restored.push(refused[i - 1], parts[i]);
    return ArrayPrototypeJoin(restored, '');
  }
  return hostToASCII(name);
}

// Whether an ASCII `xn--` label would survive ada's to_ascii: it must decode, be non-empty,
// and (when it decodes to non-ASCII) be exactly what encoding its decoded text gives back.
function isValidAceLabel(label) {
  const points = decodePunycode(StringPrototypeSlice(label, 4));
  if (points === null || points.length === 0) return false;
  let ascii = true;
  for (let i = 0; i < points.length; i++) if (points[i] >= 0x80) ascii = false;
  if (ascii) return true;
  return whatwgToASCII(fromCodePoints(points)) === label;
}

// url.parse()'s host name conversion. Returns '' when the name is rejected.
function legacyToASCII(hostname) {
  const converted = convertToASCII(hostname);
  // Node reads the result back as a C string: nothing after a NUL counts.
  const nul = StringPrototypeIndexOf(converted, '\0');
  return nul === -1 ? converted : StringPrototypeSlice(converted, 0, nul);
}

function convertToASCII(hostname) {
  if (!isAscii(hostname)) return whatwgToASCII(hostname);
  // ASCII names are kept (the caller has lower-cased them); only `xn--` labels are checked.
  if (StringPrototypeIndexOf(hostname, 'xn--') === -1) return hostname;
  const labels = StringPrototypeSplit(hostname, '.');
  for (let i = 0; i < labels.length; i++) {
    if (StringPrototypeStartsWith(labels[i], 'xn--') && !isValidAceLabel(labels[i])) return '';
  }
  return hostname;
}

// ada's idna::to_unicode: each ASCII `xn--` label that decodes is replaced by its text.
function toUnicode(hostname) {
  if (StringPrototypeIndexOf(hostname, 'xn--') === -1) return hostname;
  const labels = StringPrototypeSplit(hostname, '.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!StringPrototypeStartsWith(label, 'xn--') || !isAscii(label)) continue;
    const points = decodePunycode(StringPrototypeSlice(label, 4));
    if (points !== null) labels[i] = fromCodePoints(points);
  }
  return ArrayPrototypeJoin(labels, '.');
}

module.exports = { legacyToASCII, toUnicode };
