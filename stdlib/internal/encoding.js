'use strict';
// atob / btoa over the Rust codecs of internalBinding('buffer'); TextEncoder / TextDecoder live
// in internal/text_codec (re-exported here).

const binding = internalBinding('buffer');
const LATIN1 = 2;
const BASE64 = 4;

function errors() {
  return require('internal/errors').codes;
}

const { TextEncoder, TextDecoder } = require('internal/text_codec');

function domException(message, name) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const error = new Error(message);
  error.name = name;
  return error;
}

function btoa(input) {
  if (arguments.length === 0) {
    throw new (errors().ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xFF) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(binding.encode(input, LATIN1));
  return binding.decode(bytes, BASE64, 0, bytes.length);
}

// The WHATWG forgiving-base64 check, with Node's two messages: 'Invalid character' for anything
// outside the alphabet, ASCII whitespace and trailing '=' padding; the "not correctly encoded"
// one only for a length that cannot be base64.
function checkBase64(input) {
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20) continue;
    const inAlphabet = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2B || c === 0x2F;
    if (c === 0x3D) {
      significant++;
      equals++;
      if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
    } else if (inAlphabet) {
      if (equals > 0) throw domException('Invalid character', 'InvalidCharacterError');
      significant++;
    } else {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
  }
  let remainder = significant % 4;
  if (remainder === 0) {
    remainder = (significant - equals) % 4;
  } else if (equals > 0) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  if (remainder === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
}

function atob(input) {
  if (arguments.length === 0) {
    throw new (errors().ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;
  checkBase64(input);
  const bytes = new Uint8Array(binding.encode(input, BASE64));
  return binding.decode(bytes, LATIN1, 0, bytes.length);
}

module.exports = { TextEncoder, TextDecoder, atob, btoa };
