'use strict';
// Option checks shared by zlib's one-shot functions and its stream classes (Node's messages and
// ranges), the handle they create in internalBinding('zlib'), and zlib's error objects.

const binding = internalBinding('zlib');
const constants = require('internal/zlib/constants');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const NumberIsFinite = Number.isFinite;
const NumberIsNaN = Number.isNaN;
const ObjectKeys = Object.keys;
const ObjectEntries = Object.entries;
const StringPrototypeStartsWith = Function.prototype.call.bind(String.prototype.startsWith);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const {
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  Z_NO_FLUSH, Z_BLOCK, Z_FINISH, Z_FULL_FLUSH, Z_DEFAULT_CHUNK, Z_MIN_CHUNK,
  Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY,
  Z_FIXED, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// Buffer's kMaxLength: the largest output maxOutputLength allows.
const kMaxLength = 2 ** 32;
// The largest Brotli parameter key (BROTLI_PARAM_NDIRECT); decoders take only keys 0 and 1.
const kMaxBrotliParam = 8;

let errorCodes;
function errors() {
  errorCodes ??= require('internal/errors').codes;
  return errorCodes;
}

// false for undefined/NaN (use the default), true for a finite number; throws otherwise.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (NumberIsFinite(number)) return true;
  if (NumberIsNaN(number)) return false;
  if (typeof number !== 'number') throw new (errors().ERR_INVALID_ARG_TYPE)(name, 'number', number);
  throw new (errors().ERR_OUT_OF_RANGE)(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new (errors().ERR_OUT_OF_RANGE)(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

const isBrotli = (mode) => mode === BROTLI_ENCODE || mode === BROTLI_DECODE;

// The checked options for `mode`: everything a handle and a stream need.
function parseOptions(mode, opts) {
  const brotli = isBrotli(mode);
  const config = {
    mode,
    chunkSize: Z_DEFAULT_CHUNK,
    flush: brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH,
    finishFlush: brotli ? BROTLI_OPERATION_FINISH : Z_FINISH,
    fullFlush: brotli ? BROTLI_OPERATION_FLUSH : Z_FULL_FLUSH,
    maxOutputLength: kMaxLength,
    level: Z_DEFAULT_COMPRESSION,
    windowBits: Z_DEFAULT_WINDOWBITS,
    memLevel: Z_DEFAULT_MEMLEVEL,
    strategy: Z_DEFAULT_STRATEGY,
    brotliParams: [],
    info: false,
    opts,
  };
  if (opts == null || typeof opts !== 'object') return config;
  const maxFlush = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  const minFlush = brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH;
  if (checkFiniteNumber(opts.chunkSize, 'options.chunkSize')) {
    if (opts.chunkSize < Z_MIN_CHUNK) {
      throw new (errors().ERR_OUT_OF_RANGE)('options.chunkSize', `>= ${Z_MIN_CHUNK}`,
                                             opts.chunkSize);
    }
    config.chunkSize = opts.chunkSize;
  }
  config.flush = checkRangesOrGetDefault(opts.flush, 'options.flush', minFlush, maxFlush,
                                         config.flush);
  config.finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', minFlush,
                                               maxFlush, config.finishFlush);
  config.maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                                   1, kMaxLength, kMaxLength);
  config.info = Boolean(opts.info);
  if (brotli) {
    parseBrotliParams(mode, opts.params, config);
  } else {
    parseZlibOptions(mode, opts, config);
  }
  return config;
}

function parseZlibOptions(mode, opts, config) {
  // Inflating modes take windowBits 0: "use the window size in the header".
  if ((mode === INFLATE || mode === GUNZIP || mode === UNZIP) && opts.windowBits === 0) {
    config.windowBits = 0;
  } else {
    // zlib's gzip encoder cannot use a 256-byte window.
    const min = mode === GZIP ? Z_MIN_WINDOWBITS + 1 : Z_MIN_WINDOWBITS;
    config.windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min,
                                                Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
  }
  config.level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                         Z_DEFAULT_COMPRESSION);
  config.memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                            Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
  config.strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                            Z_FIXED, Z_DEFAULT_STRATEGY);
  const dictionary = opts.dictionary;
  if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
    if (!isAnyArrayBuffer(dictionary)) {
      throw new (errors().ERR_INVALID_ARG_TYPE)(
        'options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
  }
  // miniz_oxide (flate2's pure-Rust backend) has no preset dictionaries.
  if (dictionary !== undefined && dictionary.byteLength > 0) {
    throw new (errors().ERR_COIL_NOT_IMPLEMENTED)('zlib options.dictionary');
  }
}

function parseBrotliParams(mode, params, config) {
  if (params == null) return;
  const seen = [];
  for (const origKey of ObjectKeys(params)) {
    const key = +origKey;
    if (NumberIsNaN(key) || key < 0 || key > kMaxBrotliParam || seen[key] === true) {
      throw new (errors().ERR_BROTLI_INVALID_PARAM)(origKey);
    }
    seen[key] = true;
    const value = params[origKey];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('options.params[key]', 'number', value);
    }
    config.brotliParams.push(key, +value);
  }
}

// A fresh engine for `config` in internalBinding('zlib').
function createHandle(config) {
  const { mode } = config;
  if (!isBrotli(mode)) {
    return binding.create(mode, config.level, config.windowBits, config.strategy);
  }
  const params = config.brotliParams;
  if (mode === BROTLI_DECODE) {
    // Brotli's decoder knows only its two parameters.
    for (let i = 0; i < params.length; i += 2) {
      if (params[i] > 1) throw new (errors().ERR_ZLIB_INITIALIZATION_FAILED)();
    }
  }
  const handle = binding.createBrotli(mode, params);
  if (handle === null) throw new (errors().ERR_ZLIB_INITIALIZATION_FAILED)();
  return handle;
}

// zlib.codes: zlib's result codes by name and by number.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of ObjectKeys(codes)) codes[codes[name]] = name;

let brotliCodes;
// The error zlib (or Brotli) reported: Node's message, `errno` and `code`.
function zlibError(message, errno) {
  const error = new Error(message);
  error.errno = errno;
  let code = codes[errno];
  if (message === 'Decompression failed') {
    if (brotliCodes === undefined) {
      brotliCodes = { __proto__: null };
      for (const [name, value] of ObjectEntries(constants)) {
        if (StringPrototypeStartsWith(name, 'BROTLI_DECODER_ERROR_')) {
          brotliCodes[value] = `ERR_${StringPrototypeSlice(name, 'BROTLI_DECODER'.length)}`;
        }
      }
    }
    code = brotliCodes[errno];
  }
  error.code = code;
  return error;
}

module.exports = {
  parseOptions, createHandle, codes, checkRangesOrGetDefault, zlibError, isBrotli, kMaxLength,
  modes: { DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE,
           BROTLI_ENCODE },
};
