'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams section 7). Each class has one
// `size` function shared by all its instances, as the spec requires.

const {
  kState, kType, customInspectSymbol, codes, invalidThis, isBrand, customInspect, defineClassShape,
} = require('internal/webstreams/util');

function validateInit(init) {
  if (init === null || typeof init !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('init', 'Object', init);
  }
  if (init.highWaterMark === undefined) throw new (codes().ERR_MISSING_OPTION)('init.highWaterMark');
  return +init.highWaterMark;
}

const byteLengthSize = {
  size(chunk) {
    return chunk.byteLength;
  },
}.size;

const countSize = {
  size() {
    return 1;
  },
}.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    const highWaterMark = validateInit(init);
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { __proto__: null, highWaterMark };
  }

  get highWaterMark() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) throw invalidThis('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) throw invalidThis('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], { highWaterMark: this[kState].highWaterMark });
  }
}

defineClassShape(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy', ['highWaterMark', 'size']);

class CountQueuingStrategy {
  constructor(init) {
    const highWaterMark = validateInit(init);
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { __proto__: null, highWaterMark };
  }

  get highWaterMark() {
    if (!isBrand(this, 'CountQueuingStrategy')) throw invalidThis('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'CountQueuingStrategy')) throw invalidThis('CountQueuingStrategy');
    return countSize;
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(depth, options, inspect, this[kType], { highWaterMark: this[kState].highWaterMark });
  }
}

defineClassShape(CountQueuingStrategy, 'CountQueuingStrategy', ['highWaterMark', 'size']);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
