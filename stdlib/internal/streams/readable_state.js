'use strict';
// ReadableState: the bookkeeping of one readable side (`stream._readableState`). Node's field
// names are kept (libraries read them): `buffer`, `bufferIndex`, `length`, `pipes`,
// `highWaterMark`, ... as own fields, and the booleans (`ended`, `flowing`, `needReadable`, ...)
// as accessors over one flag word, `this[kState]`, whose readable-only bits are exported here.

const { Buffer } = require('buffer');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, flagAccessor } = require('internal/streams/utils');
const { StringDecoder } = require('string_decoder');

const ObjectDefineProperties = Object.defineProperties;

// Values behind the flag bits that are not booleans.
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

// Readable-only flags (bits 0-8 are shared, see utils.js). Same positions as Node.
const kEnded = 1 << 9; //             push(null) happened
const kEndEmitted = 1 << 10; //       'end' was emitted
const kReading = 1 << 11; //          _read() was called and has not pushed yet
const kSync = 1 << 12; //             we are inside _read(): defer 'readable'/'data'
const kNeedReadable = 1 << 13; //     someone waits for a 'readable' event
const kEmittedReadable = 1 << 14; //  a 'readable' event is scheduled or being handled
const kReadableListening = 1 << 15; // there are 'readable' listeners (they take precedence)
const kResumeScheduled = 1 << 16; //  resume_ is queued
const kMultiAwaitDrain = 1 << 17; //  awaitDrainWriters is a Set (several pipe destinations)
const kReadingMore = 1 << 18; //      maybeReadMore_ is queued
const kDataEmitted = 1 << 19; //      at least one 'data' was emitted (readableDidRead)
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23; //       `flowing` is a boolean (it starts null)
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26; //           pause() was called explicitly
const kDataListening = 1 << 27; //    there are 'data' listeners

// An accessor for a field stored as `bit` + the value under `key`, null when the bit is clear.
function valueAccessor(bit, key) {
  return {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? this[key] : null; },
    set(value) {
      if (value) {
        this[key] = value;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

// ReadableState(options, stream, isDuplex): the bookkeeping of one readable side.
function ReadableState(options, stream, isDuplex) {
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.readableObjectMode) this[kState] |= kObjectMode;

  // 0 is valid: never call _read() ahead of demand.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];

  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new (require('internal/errors').codes.ERR_UNKNOWN_ENCODING)(defaultEncoding);
  }

  // The pipe destination(s) we wait a 'drain' from: null, one Writable, or a Set of them.
  this.awaitDrainWriters = null;

  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

ObjectDefineProperties(ReadableState.prototype, {
  objectMode: flagAccessor(kObjectMode),
  ended: flagAccessor(kEnded),
  endEmitted: flagAccessor(kEndEmitted),
  reading: flagAccessor(kReading),
  constructed: flagAccessor(kConstructed),
  sync: flagAccessor(kSync),
  needReadable: flagAccessor(kNeedReadable),
  emittedReadable: flagAccessor(kEmittedReadable),
  readableListening: flagAccessor(kReadableListening),
  resumeScheduled: flagAccessor(kResumeScheduled),
  errorEmitted: flagAccessor(kErrorEmitted),
  emitClose: flagAccessor(kEmitClose),
  autoDestroy: flagAccessor(kAutoDestroy),
  destroyed: flagAccessor(kDestroyed),
  closed: flagAccessor(kClosed),
  closeEmitted: flagAccessor(kCloseEmitted),
  multiAwaitDrain: flagAccessor(kMultiAwaitDrain),
  readingMore: flagAccessor(kReadingMore),
  dataEmitted: flagAccessor(kDataEmitted),
  errored: valueAccessor(kErrored, kErroredValue),
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  decoder: valueAccessor(kDecoder, kDecoderValue),
  encoding: valueAccessor(kEncoding, kEncodingValue),
  // null until the consumer picks a mode; then true (flowing) or false (paused).
  flowing: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kHasFlowing) !== 0 ? (this[kState] & kFlowing) !== 0 : null; },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasFlowing | kFlowing);
      } else if (value) {
        this[kState] |= kHasFlowing | kFlowing;
      } else {
        this[kState] |= kHasFlowing;
        this[kState] &= ~kFlowing;
      }
    },
  },
  // Legacy fields.
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
  },
  paused: {
    __proto__: null,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      this[kState] |= kHasPaused;
      if (value) this[kState] |= kPaused;
      else this[kState] &= ~kPaused;
    },
  },
});

module.exports = {
  ReadableState,
  kErroredValue,
  kDecoderValue,
  kEnded,
  kEndEmitted,
  kReading,
  kSync,
  kNeedReadable,
  kEmittedReadable,
  kReadableListening,
  kResumeScheduled,
  kMultiAwaitDrain,
  kReadingMore,
  kDataEmitted,
  kDecoder,
  kHasFlowing,
  kFlowing,
  kHasPaused,
  kPaused,
  kDataListening,
};
