'use strict';
// Transform: a Duplex whose output is computed from its input. The implementation supplies
// _transform(chunk, encoding, callback) - push() results, or callback(err, data) - and
// optionally _flush(callback) for what is left at the end. Writing is paced by the reader:
// when the readable buffer is full, the write callback is held until _read is called.

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

const ObjectSetPrototypeOf = Object.setPrototypeOf;

module.exports = Transform;

ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Transform, Duplex);

// The write callback held back while the readable side is full.
const kCallback = Symbol('kCallback');

// new Transform(options): Duplex options plus transform and flush.
function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // With readableHighWaterMark 0, do not buffer on the writable side either: the transform
  // should hold at most what the reader allows.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // _read is ours and may be called at once: no need for Readable's sync guard.
  this._readableState.sync = false;
  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Flush on 'prefinish' rather than in _final, so that subclasses that (wrongly) override
  // _final still get flushed.
  this.on('prefinish', prefinish);
}

// Runs _flush (if any), pushes its data and ends the readable side.
function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;

  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (rState.ended) {
      // push(null) happened inside _transform: let that settle first.
      process.nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      // The reader is behind: continue when it calls _read.
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};
