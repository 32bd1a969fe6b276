'use strict';
// destroy(), _construct() support and error reporting shared by Readable, Writable and Duplex.
//
// Timing (observable, matches Node): destroy(err) marks the stream destroyed at once, calls
// _destroy(err, cb); when cb runs, 'error' (if any) and then 'close' are emitted together on the
// next tick. A stream whose async _construct() has not finished defers _destroy until it has.

const { kIsDestroyed, isDestroyed, isFinished, isServerRequest, kState, kErrorEmitted, kEmitClose,
  kClosed, kCloseEmitted, kConstructed, kDestroyed, kAutoDestroy, kErrored } =
  require('internal/streams/utils');

// Internal events: kConstruct fires when _construct() succeeded, kDestroy when a destroy() that
// arrived during construction may proceed.
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

// Records `err` as the stream's error on each side that has none yet.
function recordError(err, w, r) {
  if (!err) return;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy(err, cb) - `this` is the stream. A second call only runs cb.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r; // a Duplex keeps its shared flags on the writable side

  if ((w && (w[kState] & kDestroyed) !== 0) || (r && (r[kState] & kDestroyed) !== 0)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  // Mark first, so a destroy() from inside an error callback is a no-op.
  recordError(err, w, r);
  if (w) w[kState] |= kDestroyed;
  if (r) r[kState] |= kDestroyed;

  if ((s[kState] & kConstructed) === 0) {
    this.once(kDestroy, function(er) {
      callDestroy(this, errors().aggregateTwoErrors(er, err), cb);
    });
  } else {
    callDestroy(this, err, cb);
  }
  return this;
}

// Runs the implementation's _destroy(err, done); `done` may be called once.
function callDestroy(self, err, cb) {
  let called = false;
  function done(err) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(err, w, r);
    if (w) w[kState] |= kClosed;
    if (r) r[kState] |= kClosed;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, done);
  } catch (e) {
    done(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w[kState] |= kCloseEmitted;
  if (r) r[kState] |= kCloseEmitted;
  if ((w && (w[kState] & kEmitClose) !== 0) || (r && (r[kState] & kEmitClose) !== 0)) {
    self.emit('close');
  }
}

// Emits 'error' unless one was already emitted on either side.
function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && (w[kState] & kErrorEmitted) !== 0) || (r && (r[kState] & kErrorEmitted) !== 0)) return;
  if (w) w[kState] |= kErrorEmitted;
  if (r) r[kState] |= kErrorEmitted;
  self.emit('error', err);
}

// stream._undestroy(): back to a fresh, not-ended state (used by net.Socket on reconnect).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Reports an error raised inside the stream machinery: with autoDestroy (the default) the stream
// is destroyed with it; otherwise it is recorded and 'error' is emitted - now, or on the next
// tick when `sync` says we are still inside the caller's write()/push().
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  // (States of foreign stream implementations may lack kState: fall back to their fields.)
  if ((w && (w[kState] ? (w[kState] & kDestroyed) !== 0 : w.destroyed)) ||
      (r && (r[kState] ? (r[kState] & kDestroyed) !== 0 : r.destroyed))) {
    return;
  }
  if ((r && (r[kState] & kAutoDestroy) !== 0) || (w && (w[kState] & kAutoDestroy) !== 0)) {
    stream.destroy(err);
  } else if (err) {
    if (w && (w[kState] & kErrored) === 0) w.errored = err;
    if (r && (r[kState] & kErrored) === 0) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Starts an implementation's _construct(cb) on the next tick; `onDone` runs when it succeeded.
// Until then both sides are "not constructed": reads, writes, _final and _destroy wait.
function construct(stream, onDone) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r[kState] &= ~kConstructed;
  if (w) w[kState] &= ~kConstructed;
  stream.once(kConstruct, onDone);
  // A Duplex calls this once per side: only the first call starts the construction.
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new (errors().codes.ERR_MULTIPLE_CALLBACK)());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r[kState] |= kConstructed;
    if (w) w[kState] |= kConstructed;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => { process.nextTick(onConstruct, err); });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream?.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// stream.destroy(stream, err): destroys anything stream-like. A stream that is not finished and
// gets no error is destroyed with an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new (errors().AbortError)();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }

  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = { construct, destroyer, destroy, undestroy, errorOrDestroy, kDestroy, kConstruct };
