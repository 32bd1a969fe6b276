'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding section 7): TransformStreams over the
// TextEncoder/TextDecoder of internal/text_codec. The encoder keeps a high surrogate that ends a
// chunk until the next one, so a pair split across chunks still encodes as one character.

const {
  kState, kType, customInspectSymbol, codes, invalidThis, isBrand, customInspect, defineClassShape,
} = require('internal/webstreams/util');
const { createTransformStream } = require('internal/webstreams/transformstream');
const { TextEncoder, TextDecoder } = require('internal/text_codec');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);
const Uint8ArrayCtor = Uint8Array;

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = '';
    this[kType] = 'TextEncoderStream';
    this[kState] = {
      __proto__: null,
      transform: createTransformStream((chunk, controller) => {
        let text = pendingHighSurrogate + `${chunk}`;
        pendingHighSurrogate = '';
        if (text.length === 0) return;
        const last = StringPrototypeCharCodeAt(text, text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHighSurrogate = StringPrototypeSlice(text, -1);
          text = StringPrototypeSlice(text, 0, -1);
          if (text.length === 0) return;
        }
        controller.enqueue(encoder.encode(text));
      }, (controller) => {
        if (pendingHighSurrogate !== '') controller.enqueue(new Uint8ArrayCtor([0xEF, 0xBF, 0xBD]));
      }),
    };
  }

  get encoding() {
    if (!isBrand(this, 'TextEncoderStream')) throw invalidThis('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (!isBrand(this, 'TextEncoderStream')) throw invalidThis('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrand(this, 'TextEncoderStream')) throw invalidThis('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], {
      encoding: 'utf-8',
      readable: this[kState].transform.readable,
      writable: this[kState].transform.writable,
    });
  }
}

defineClassShape(TextEncoderStream, 'TextEncoderStream', ['encoding', 'readable', 'writable']);

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      __proto__: null,
      decoder,
      transform: createTransformStream((chunk, controller) => {
        if (!isAnyArrayBuffer(chunk) && !isArrayBufferView(chunk)) {
          throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['ArrayBuffer', 'ArrayBufferView'], chunk);
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '') controller.enqueue(text);
      }, (controller) => {
        const text = decoder.decode();
        if (text !== '') controller.enqueue(text);
      }),
    };
  }

  get encoding() {
    if (!isBrand(this, 'TextDecoderStream')) throw invalidThis('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!isBrand(this, 'TextDecoderStream')) throw invalidThis('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isBrand(this, 'TextDecoderStream')) throw invalidThis('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isBrand(this, 'TextDecoderStream')) throw invalidThis('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrand(this, 'TextDecoderStream')) throw invalidThis('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    const { decoder, transform } = this[kState];
    return customInspect(depth, options, inspect, this[kType], {
      encoding: decoder.encoding,
      fatal: decoder.fatal,
      ignoreBOM: decoder.ignoreBOM,
      readable: transform.readable,
      writable: transform.writable,
    });
  }
}

defineClassShape(TextDecoderStream, 'TextDecoderStream',
  ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
