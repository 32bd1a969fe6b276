'use strict';
// stream.finished(stream[, options], callback) - "eos": calls back once when a stream is done
// (ended and/or finished, errored, or closed prematurely) and returns a cleanup function that
// removes its listeners. Also finished() for stream/promises.

const { isClosed, isReadable, isReadableNodeStream, isReadableStream, isReadableFinished,
  isReadableErrored, isWritable, isWritableNodeStream, isWritableStream, isWritableFinished,
  isWritableErrored, isNodeStream, willEmitClose: streamWillEmitClose } =
  require('internal/streams/utils');
const validators = require('internal/validators');

const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
const kEmptyObject = Object.freeze({ __proto__: null });

function nop() {}

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

// Wraps fn so that only its first call goes through (keeping `this`).
function onlyOnce(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return fn.apply(this, args);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validators.validateObject(options, 'options');
  }
  validators.validateFunction(callback, 'callback');
  validators.validateAbortSignal(options.signal, 'options.signal');

  callback = onlyOnce(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    throw new (errors().codes.ERR_COIL_NOT_IMPLEMENTED)('stream.finished() on web streams');
  }
  if (!isNodeStream(stream)) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // Streams that reliably emit 'close' after 'end'/'finish' are reported at 'close', so the
  // callback sees the fully closed stream.
  let willEmitClose = streamWillEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  let closed = isClosed(stream);

  const onfinish = () => {
    writableFinished = true;
    // Destroyed already? Then the stream is not behaving as willEmitClose assumed.
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
        !isReadableFinished(stream, false)) {
      return callback.call(stream, new (errors().codes.ERR_STREAM_PREMATURE_CLOSE)());
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      return callback.call(stream, new (errors().codes.ERR_STREAM_PREMATURE_CLOSE)());
    }
    callback.call(stream);
  };

  // Used when the stream is already done at the time of the call.
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    // Legacy writable streams: no state to ask, watch for 'end'/'close'.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  // Not all streams emit 'close' after 'aborted'.
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable &&
      (!willEmitClose || isReadable(stream)) &&
      (writableFinished || isWritable(stream) === false) &&
      (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    process.nextTick(onclosed);
  } else if (!writable &&
      (!willEmitClose || isWritable(stream)) &&
      (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback; // cleanup() replaces it
      cleanup();
      endCallback.call(stream, new (errors().AbortError)(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const disposable = require('events').addAbortListener(signal, abort);
      const originalCallback = callback;
      callback = onlyOnce(function(...args) {
        disposable[SymbolDispose]();
        originalCallback.apply(stream, args);
      });
    }
  }

  return cleanup;
}

// stream/promises finished(stream[, options]): resolves when eos calls back without an error.
// `options.cleanup: true` removes the listeners once settled.
function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kEmptyObject;
  if (opts?.cleanup) {
    validators.validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
