'use strict';
// stream.pipeline(source, ...transforms, destination, callback): pipes the stages together,
// destroys all of them when one fails, and calls back once with the first error (or with none
// when the destination has finished). Stages may be streams, iterables, or functions: the first
// function gets `{ signal }` and returns an (async) iterable; a middle one gets the previous
// stage as an async iterable and returns an async iterable; a last one may also return a
// promise, whose value is passed to the callback.

const eos = require('internal/streams/end_of_stream');
const destroyImpl = require('internal/streams/destroy');
const { isIterable, isReadable, isReadableNodeStream, isNodeStream, isTransformStream,
  isWebStream, isReadableStream, isReadableFinished } = require('internal/streams/utils');

const ArrayIsArray = Array.isArray;
const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function onlyOnce(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return fn.apply(this, args);
  };
}

function webStreamsMissing() {
  return new (errors().codes.ERR_COIL_NOT_IMPLEMENTED)('stream.pipeline() with web streams');
}

// Watches one stage: `destroy(err)` tears it down unless it already finished cleanly.
function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new (errors().codes.ERR_STREAM_DESTROYED)('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  require('internal/validators').validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

// What a function stage receives: the previous stage as an async iterable.
function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val); // old-style streams are not iterable
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* fromReadable(val) {
  const Readable = require('internal/streams/readable');
  yield* Readable.prototype[SymbolAsyncIterator].call(val);
}

// Writes an (async) iterable into a node Writable, honouring backpressure, then ends it.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;

  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };

  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) reject(error);
        else resolve();
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);

  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? errors().aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

// stream.pipeline(...streams, callback) -> the last stage (as a stream).
function pipeline(...streams) {
  return pipelineImpl(streams, onlyOnce(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && ArrayIsArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('streams');

  const { AbortController } = require('internal/abort_controller');
  const ac = new AbortController();
  const signal = ac.signal;
  const outerSignal = opts?.signal;

  // Listeners to remove at the end when the last stage is still readable.
  const lastStreamCleanup = [];

  require('internal/validators').validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new (errors().AbortError)(undefined, { cause: outerSignal?.reason }));
  }

  let disposable;
  if (outerSignal) disposable = require('events').addAbortListener(outerSignal, abort);

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  // The first real error wins (a premature close may be replaced by the error behind it).
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    disposable?.[SymbolDispose]();
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || opts?.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        destroys.push(destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors after a stage completed still fail the pipeline.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(() => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw new (errors().codes.ERR_INVALID_RETURN_VALUE)('Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        ret = require('internal/streams/duplex').from(stream);
      }
    } else if (typeof stream === 'function') {
      if (isTransformStream(ret)) throw webStreamsMissing();
      ret = stream(makeAsyncIterable(ret), { signal });

      if (reading) {
        if (!isIterable(ret, true)) {
          throw new (errors().codes.ERR_INVALID_RETURN_VALUE)('AsyncIterable', `transform[${i - 1}]`, ret);
        }
      } else {
        // A function as the last stage: feed its result into a PassThrough, so that pipeline()
        // always returns a stream.
        const PassThrough = require('internal/streams/passthrough');
        const pt = new PassThrough({ objectMode: true });
        // (Read `then` once: it could be a getter.)
        const then = ret?.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else if (isReadableStream(ret) || isTransformStream(ret)) {
          throw webStreamsMissing();
        } else {
          throw new (errors().codes.ERR_INVALID_RETURN_VALUE)('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = destroyer(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isTransformStream(ret) || isReadableStream(ret)) {
        throw webStreamsMissing();
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('val',
          ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebStream(stream)) {
      throw webStreamsMissing();
    } else {
      ret = require('internal/streams/duplex').from(stream);
    }
  }

  if (signal?.aborted || outerSignal?.aborted) process.nextTick(abort);
  return ret;
}

// Connects two node streams with src.pipe(dst) and reports both ends through `finish`
// (called twice: once for src, once for dst). Returns dst's eos cleanup.
function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    // dst closed before src was done.
    if (!ended) finish(new (errors().codes.ERR_STREAM_PREMATURE_CLOSE)());
  });

  src.pipe(dst, { end: false }); // ending is done here, see below

  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }

  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
        rState && rState.ended && !rState.errored && !rState.errorEmitted) {
      // Some streams emit 'close' before 'end': if the source did end cleanly, wait for 'end'.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipelineImpl, pipeline };
