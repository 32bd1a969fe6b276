'use strict';
// ReadableStreamPipeTo (WHATWG Streams section 4.9.4): the loop behind pipeTo() and pipeThrough().
// One read at a time, each after the writer is ready; errors and closes propagate both ways,
// and shutdown waits for the writes already started.

const {
  kState, invalidState, createDeferred, promiseResolvedWith, uponPromise, setPromiseHandled, noop,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const PromiseAll = Promise.all.bind(Promise);
const PromiseCtor = Promise;

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = readable.acquireReadableStreamDefaultReader(source);
  const writer = new writable.WritableStreamDefaultWriter(dest);
  const sourceState = source[kState];
  const destState = dest[kState];
  sourceState.disturbed = true;
  let shuttingDown = false;
  let currentWrite = promiseResolvedWith(undefined);
  const result = createDeferred();
  let abortAlgorithm;

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return uponPromise(currentWrite,
      () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function finalize(isError, error) {
    writable.writableStreamDefaultWriterRelease(writer);
    readable.readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  function destIsWritable() {
    return destState.state === 'writable' && !writable.writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      uponPromise(action(), () => finalize(originalIsError, originalError),
        (newError) => finalize(true, newError));
    };
    if (destIsWritable()) uponPromise(waitForWritesToFinish(), doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destIsWritable()) uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
    else finalize(isError, error);
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (destState.state === 'writable' ?
          writable.writableStreamAbort(dest, error) : promiseResolvedWith(undefined)));
      }
      if (!preventCancel) {
        actions.push(() => (sourceState.state === 'readable' ?
          readable.readableStreamCancel(source, error) : promiseResolvedWith(undefined)));
      }
      shutdownWithAction(() => PromiseAll(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm);
  }

  function pipeStep() {
    if (shuttingDown) return promiseResolvedWith(true);
    return uponPromise(writer[kState].readyPromise.promise, () => new PromiseCtor((resolveRead, rejectRead) => {
      readable.readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = uponPromise(writable.writableStreamDefaultWriterWrite(writer, chunk), undefined, noop);
          resolveRead(false);
        },
        close() {
          resolveRead(true);
        },
        error: rejectRead,
      });
    }));
  }

  function pipeLoop() {
    return new PromiseCtor((resolveLoop, rejectLoop) => {
      function next(done) {
        if (done) resolveLoop();
        else uponPromise(pipeStep(), next, rejectLoop);
      }
      next(false);
    });
  }

  // Errors propagate forward.
  const onSourceErrored = (storedError) => {
    if (!preventAbort) {
      shutdownWithAction(() => writable.writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  if (sourceState.state === 'errored') onSourceErrored(sourceState.storedError);
  else uponPromise(reader[kState].closedPromise.promise, undefined, onSourceErrored);

  // Errors propagate backward.
  const onDestErrored = (storedError) => {
    if (!preventCancel) {
      shutdownWithAction(() => readable.readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  if (destState.state === 'errored') onDestErrored(destState.storedError);
  else uponPromise(writer[kState].closedPromise.promise, undefined, onDestErrored);

  // Closing propagates forward.
  const onSourceClosed = () => {
    if (!preventClose) {
      shutdownWithAction(() => writable.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };
  if (sourceState.state === 'closed') onSourceClosed();
  else uponPromise(reader[kState].closedPromise.promise, onSourceClosed, noop);

  // Closing propagates backward.
  if (writable.writableStreamCloseQueuedOrInFlight(dest) || destState.state === 'closed') {
    const destClosed = invalidState('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAction(() => readable.readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }

  setPromiseHandled(pipeLoop());
  return result.promise;
}

module.exports = { readableStreamPipeTo };
