'use strict';
// MIME types as the WHATWG MIME Sniffing standard parses and serializes them, and the Fetch
// standard's "extract a MIME type" from a Content-Type header (what blob() and formData() use).

// Token code points as undici spells them (without the backtick).
const tokenRegExp = /^[!#$%&'*+\-.^_|~A-Za-z0-9]+$/;
const quotedStringRegExp = /^[\t\x20-\x7e\x80-\xff]+$/;

function isHTTPWhitespace(char) {
  return char === '\r' || char === '\n' || char === '\t' || char === ' ';
}

function trimHTTPWhitespace(string, leading, trailing) {
  let start = 0;
  let end = string.length;
  if (leading) while (start < end && isHTTPWhitespace(string[start])) start++;
  if (trailing) while (end > start && isHTTPWhitespace(string[end - 1])) end--;
  return string.slice(start, end);
}

// Collects code points from position.at up to (not including) `stop` (or the end).
function collectUntil(input, position, stop) {
  const start = position.at;
  let end = input.indexOf(stop, start);
  if (end === -1) end = input.length;
  position.at = end;
  return input.slice(start, end);
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

/** { type, subtype, essence, parameters: Map } or null when `input` is not a MIME type. */
function parseMimeType(input) {
  input = trimHTTPWhitespace(input, true, true);
  const position = { at: 0 };
  const type = collectUntil(input, position, '/');
  if (type.length === 0 || !tokenRegExp.test(type)) return null;
  position.at++;
  const subtype = trimHTTPWhitespace(collectUntil(input, position, ';'), false, true);
  if (subtype.length === 0 || !tokenRegExp.test(subtype)) return null;
  const mime = {
    type: type.toLowerCase(),
    subtype: subtype.toLowerCase(),
    essence: `${type.toLowerCase()}/${subtype.toLowerCase()}`,
    parameters: new Map(),
  };
  while (position.at < input.length) {
    position.at++;
    while (position.at < input.length && isHTTPWhitespace(input[position.at])) position.at++;
    const nameStart = position.at;
    while (position.at < input.length && input[position.at] !== ';' && input[position.at] !== '=') position.at++;
    const name = input.slice(nameStart, position.at).toLowerCase();
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
    if (name.length !== 0 && tokenRegExp.test(name) &&
        (value.length === 0 || quotedStringRegExp.test(value)) && !mime.parameters.has(name)) {
      mime.parameters.set(name, value);
    }
  }
  return mime;
}

function serializeMimeType(mime) {
  let out = mime.essence;
  for (let [name, value] of mime.parameters) {
    if (!tokenRegExp.test(value)) value = `"${value.replace(/(\\|")/g, '\\$1')}"`;
    out += `;${name}=${value}`;
  }
  return out;
}

// A header value split at commas outside quoted strings, each piece trimmed of tabs and spaces.
function splitHeaderValue(input) {
  const values = [];
  const position = { at: 0 };
  let current = '';
  while (position.at < input.length) {
    const start = position.at;
    while (position.at < input.length && input[position.at] !== '"' && input[position.at] !== ',') position.at++;
    current += input.slice(start, position.at);
    if (position.at < input.length) {
      if (input[position.at] === '"') {
        const quoteStart = position.at;
        collectQuotedString(input, position);
        current += input.slice(quoteStart, position.at);
        if (position.at < input.length) continue;
      } else {
        position.at++;
      }
    }
    values.push(current.replace(/^[\t ]+|[\t ]+$/g, ''));
    current = '';
  }
  return values;
}

/** The MIME type a Headers' Content-Type gives (null: none usable). */
function extractMimeType(headers) {
  const header = headers.get('content-type');
  if (header === null) return null;
  let charset = null;
  let essence = null;
  let mime = null;
  for (const value of splitHeaderValue(header)) {
    const parsed = parseMimeType(value);
    if (parsed === null || parsed.essence === '*/*') continue;
    mime = parsed;
    if (mime.essence !== essence) {
      charset = mime.parameters.has('charset') ? mime.parameters.get('charset') : null;
      essence = mime.essence;
    } else if (!mime.parameters.has('charset') && charset !== null) {
      mime.parameters.set('charset', charset);
    }
  }
  return mime;
}

module.exports = { parseMimeType, serializeMimeType, extractMimeType, tokenRegExp };
