'use strict';
// ReadableStream.prototype.tee(): ReadableStreamDefaultTee and, for byte streams,
// ReadableByteStreamTee (branches are byte streams too; the second branch gets copies).

const { kState, createDeferred, promiseResolvedWith, uponPromise } = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');

const Uint8ArrayCtor = Uint8Array;
const TypedArrayPrototypeSlice = Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).slice);

let enqueueMicrotask;
function queueMicrotask(callback) {
  enqueueMicrotask ??= internalBinding('task_queue').enqueueMicrotask;
  enqueueMicrotask(callback);
}

function readableStreamTee(stream) {
  const bytes = require('internal/webstreams/bytestream');
  if (bytes.isReadableByteStreamController(stream[kState].controller)) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream);
}

function controllerOf(branch) {
  return branch[kState].controller;
}

function readableStreamDefaultTee(stream) {
  const reader = readable.acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    readable.readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) readable.readableStreamDefaultControllerEnqueue(controllerOf(branch1), chunk);
          if (!canceled2) readable.readableStreamDefaultControllerEnqueue(controllerOf(branch2), chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readable.readableStreamDefaultControllerClose(controllerOf(branch1));
        if (!canceled2) readable.readableStreamDefaultControllerClose(controllerOf(branch2));
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
    return promiseResolvedWith(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readable.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readable.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = readable.createReadableStream(startAlgorithm, pullAlgorithm, cancel1Algorithm);
  branch2 = readable.createReadableStream(startAlgorithm, pullAlgorithm, cancel2Algorithm);
  uponPromise(reader[kState].closedPromise.promise, undefined, (reason) => {
    readable.readableStreamDefaultControllerError(controllerOf(branch1), reason);
    readable.readableStreamDefaultControllerError(controllerOf(branch2), reason);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

function cloneAsUint8Array(view) {
  return TypedArrayPrototypeSlice(new Uint8ArrayCtor(view.buffer, view.byteOffset, view.byteLength));
}

function readableByteStreamTee(stream) {
  const bytes = require('internal/webstreams/bytestream');
  let reader = readable.acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function errorBoth(error) {
    bytes.readableByteStreamControllerError(controllerOf(branch1), error);
    bytes.readableByteStreamControllerError(controllerOf(branch2), error);
  }

  function forwardReaderError(thisReader) {
    uponPromise(thisReader[kState].closedPromise.promise, undefined, (reason) => {
      if (thisReader !== reader) return;
      errorBoth(reason);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function pullAgain() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (bytes.isReadableStreamBYOBReader(reader)) {
      reader.releaseLock();
      reader = readable.acquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readable.readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBoth(error);
              cancelPromise.resolve(readable.readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) bytes.readableByteStreamControllerEnqueue(controllerOf(branch1), chunk);
          if (!canceled2) bytes.readableByteStreamControllerEnqueue(controllerOf(branch2), chunk2);
          reading = false;
          pullAgain();
        });
      },
      close() {
        reading = false;
        if (!canceled1) bytes.readableByteStreamControllerClose(controllerOf(branch1));
        if (!canceled2) bytes.readableByteStreamControllerClose(controllerOf(branch2));
        if (controllerOf(branch1)[kState].pendingPullIntos.length > 0) {
          bytes.readableByteStreamControllerRespond(controllerOf(branch1), 0);
        }
        if (controllerOf(branch2)[kState].pendingPullIntos.length > 0) {
          bytes.readableByteStreamControllerRespond(controllerOf(branch2), 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (readable.isReadableStreamDefaultReader(reader)) {
      readable.readableStreamDefaultReaderRelease(reader);
      reader = new bytes.ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    bytes.readableStreamBYOBReaderRead(reader, view, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBoth(error);
              cancelPromise.resolve(readable.readableStreamCancel(stream, error));
              return;
            }
            if (!byobCanceled) {
              bytes.readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
            }
            bytes.readableByteStreamControllerEnqueue(controllerOf(otherBranch), clonedChunk);
          } else if (!byobCanceled) {
            bytes.readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          reading = false;
          pullAgain();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) bytes.readableByteStreamControllerClose(controllerOf(byobBranch));
        if (!otherCanceled) bytes.readableByteStreamControllerClose(controllerOf(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) {
            bytes.readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          if (!otherCanceled && controllerOf(otherBranch)[kState].pendingPullIntos.length > 0) {
            bytes.readableByteStreamControllerRespond(controllerOf(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    const byobRequest = bytes.readableByteStreamControllerGetBYOBRequest(controllerOf(branch1));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return promiseResolvedWith(undefined);
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    const byobRequest = bytes.readableByteStreamControllerGetBYOBRequest(controllerOf(branch2));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return promiseResolvedWith(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readable.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readable.readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  const startAlgorithm = () => undefined;
  branch1 = bytes.createReadableByteStream(startAlgorithm, pull1Algorithm, cancel1Algorithm);
  branch2 = bytes.createReadableByteStream(startAlgorithm, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

module.exports = { readableStreamTee };
