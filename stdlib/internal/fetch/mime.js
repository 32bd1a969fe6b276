'use strict';
// MIME types for fetch, with undici's token code points (no backtick; the parser itself is shared
// with util.MIMEType in internal/mime), and the Fetch standard's "extract a MIME type" from a
// Content-Type header (what blob() and formData() use).

const {
  kNotTokenUndici, trimHTTPWhitespace, collectQuotedString, parseEssence, parseParameters,
  serializeParameters,
} = require('internal/mime');

/** { type, subtype, essence, parameters: Map } or null when `input` is not a MIME type. */
function parseMimeType(input) {
  input = trimHTTPWhitespace(input, true, true);
  const essence = parseEssence(input, kNotTokenUndici);
  if (essence.error !== undefined) return null;
  const { type, subtype } = essence;
  return {
    type,
    subtype,
    essence: `${type}/${subtype}`,
    parameters: parseParameters(input, essence.paramsStart, kNotTokenUndici, new Map()),
  };
}

function serializeMimeType(mime) {
  const parameters = serializeParameters(mime.parameters, kNotTokenUndici);
  return parameters.length === 0 ? mime.essence : `${mime.essence};${parameters}`;
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

module.exports = { parseMimeType, serializeMimeType, extractMimeType };
