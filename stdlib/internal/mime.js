'use strict';
// The WHATWG MIME Sniffing parser and serializer, shared by util.MIMEType (internal/util/mime_type)
// and fetch's Content-Type handling (internal/fetch/mime). The two differ only in the token code
// points: Node's MIMEType accepts the backtick, undici's fetch does not; callers pass their set.

const RegExpPrototypeExec = Function.prototype.call.bind(RegExp.prototype.exec);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const StringPrototypeReplace = Function.prototype.call.bind(String.prototype.replace);

// A non-global regexp of the code points outside the HTTP token set (with or without '`').
const kNotTokenWithBacktick = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const kNotTokenUndici = /[^!#$%&'*+\-.^_|~A-Za-z0-9]/;
const kNotQuotedStringCodePoint = /[^\t\u0020-\u007e\u0080-\u00ff]/;

/** Index of the first code point of `s` matching `notRegExp`, -1 when there is none. */
function firstInvalid(s, notRegExp) {
  const match = RegExpPrototypeExec(notRegExp, s);
  return match === null ? -1 : match.index;
}

function isHTTPWhitespace(char) {
  return char === '\r' || char === '\n' || char === '\t' || char === ' ';
}

function trimHTTPWhitespace(string, leading, trailing) {
  let start = 0;
  let end = string.length;
  if (leading) while (start < end && isHTTPWhitespace(string[start])) start++;
  if (trailing) while (end > start && isHTTPWhitespace(string[end - 1])) end--;
  return StringPrototypeSlice(string, start, end);
}

// Collects code points from position.at up to (not including) `stop` (or the end).
function collectUntil(input, position, stop) {
  const start = position.at;
  let end = StringPrototypeIndexOf(input, stop, start);
  if (end === -1) end = input.length;
  position.at = end;
  return StringPrototypeSlice(input, start, end);
}

/** An HTTP quoted-string starting at position.at (a '"'); returns its unescaped value. */
function collectQuotedString(input, position) {
  let value = '';
  position.at++;
  for (;;) {
    while (position.at < input.length && input[position.at] !== '"' && input[position.at] !== '\\') {
      value += input[position.at++];
    }
    if (position.at >= input.length) break;
    const quoteOrBackslash = input[position.at++];
    if (quoteOrBackslash === '\\') {
      if (position.at >= input.length) {
        value += '\\';
        break;
      }
      value += input[position.at++];
    } else {
      break;
    }
  }
  return value;
}

/**
 * The type and subtype of `input` (already trimmed of HTTP whitespace), lowercased, and where the
 * parameters start; or, when they are not tokens, `{ error, index }` naming the failing production
 * and the offset of the first bad code point in it (-1: the production is empty or missing).
 */
function parseEssence(input, notToken) {
  const position = { at: 0 };
  const type = collectUntil(input, position, '/');
  if (type.length === 0) return { error: 'type', index: -1 };
  const typeInvalid = firstInvalid(type, notToken);
  if (typeInvalid !== -1) return { error: 'type', index: typeInvalid };
  if (position.at >= input.length) return { error: 'type', index: -1 };
  position.at++;
  const subtype = trimHTTPWhitespace(collectUntil(input, position, ';'), false, true);
  if (subtype.length === 0) return { error: 'subtype', index: -1 };
  const subtypeInvalid = firstInvalid(subtype, notToken);
  if (subtypeInvalid !== -1) return { error: 'subtype', index: subtypeInvalid };
  return {
    type: StringPrototypeToLowerCase(type),
    subtype: StringPrototypeToLowerCase(subtype),
    paramsStart: position.at,
  };
}

/** Adds the parameters of `input` from `start` (a ';' or the end) to the Map `parameters`. */
function parseParameters(input, start, notToken, parameters) {
  const position = { at: start };
  while (position.at < input.length) {
    position.at++;
    while (position.at < input.length && isHTTPWhitespace(input[position.at])) position.at++;
    const nameStart = position.at;
    while (position.at < input.length && input[position.at] !== ';' && input[position.at] !== '=') position.at++;
    const name = StringPrototypeToLowerCase(StringPrototypeSlice(input, nameStart, position.at));
    if (position.at < input.length) {
      if (input[position.at] === ';') continue;
      position.at++;
    }
    if (position.at > input.length) break;
    let value;
    if (input[position.at] === '"') {
      value = collectQuotedString(input, position);
      collectUntil(input, position, ';');
    } else {
      value = trimHTTPWhitespace(collectUntil(input, position, ';'), false, true);
      if (value.length === 0) continue;
    }
    if (name.length !== 0 && firstInvalid(name, notToken) === -1 &&
        firstInvalid(value, kNotQuotedStringCodePoint) === -1 && !parameters.has(name)) {
      parameters.set(name, value);
    }
  }
  return parameters;
}

/** `name=value;...`, quoting values that are empty or not tokens. */
function serializeParameters(parameters, notToken) {
  let out = '';
  for (const { 0: name, 1: value } of parameters) {
    let serialized = value;
    if (value.length === 0 || firstInvalid(value, notToken) !== -1) {
      serialized = `"${StringPrototypeReplace(value, /(\\|")/g, '\\$1')}"`;
    }
    out += out.length === 0 ? `${name}=${serialized}` : `;${name}=${serialized}`;
  }
  return out;
}

module.exports = {
  kNotTokenWithBacktick,
  kNotTokenUndici,
  kNotQuotedStringCodePoint,
  firstInvalid,
  trimHTTPWhitespace,
  collectQuotedString,
  parseEssence,
  parseParameters,
  serializeParameters,
};
