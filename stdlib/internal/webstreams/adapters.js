'use strict';
// Node stream <-> web stream adapters: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb and
// Duplex.toWeb/fromWeb. A web stream made from a Node stream pauses the Node stream when its
// queue is full and resumes it on pull; a Node stream made from a web stream reads one chunk per
// _read() and writes after the writer's `ready`.

const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { createDeferred, codes } = require('internal/webstreams/util');

const PromiseAll = Promise.all.bind(Promise);
const PromisePrototypeThen = Function.prototype.call.bind(Promise.prototype.then);
const Uint8ArrayCtor = Uint8Array;

function streams() {
  return {
    Readable: require('internal/streams/readable'),
    Writable: require('internal/streams/writable'),
    Duplex: require('internal/streams/duplex'),
    finished: require('internal/streams/end_of_stream'),
    destroy: require('internal/streams/destroy').destroyer,
    utils: require('internal/streams/utils'),
  };
}

function validateOptions(options, name = 'options') {
  require('internal/validators').validateObject(options, name);
}

function toAbortError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    const { AbortError } = require('internal/errors');
    return new AbortError(undefined, { cause: error });
  }
  return error;
}

function defaultStrategy(objectMode, highWaterMark) {
  // Without objectMode a plain highWaterMark (no size function) is all that is needed.
  return objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const { finished, destroy, utils } = streams();
  if (!utils.isReadableNodeStream(streamReadable)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('streamReadable', 'stream.Readable', streamReadable);
  }
  validateOptions(options);
  if (utils.isDestroyed(streamReadable) || !utils.isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const strategy = options.strategy ?? defaultStrategy(objectMode, streamReadable.readableHighWaterMark);
  let controller;
  let errored = false;

  function onData(chunk) {
    // A Buffer may share a pooled ArrayBuffer: copy it (byte consumers may transfer it).
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8ArrayCtor(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  streamReadable.pause();
  const cleanup = finished(streamReadable, (error) => {
    error = toAbortError(error);
    cleanup();
    // Legacy streams may emit 'error' again after finishing.
    streamReadable.on('error', () => {});
    if (error) {
      if (errored) return;
      errored = true;
      controller.error(error);
      return;
    }
    controller.close();
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('readableStream', 'ReadableStream', readableStream);
  }
  validateOptions(options);
  const { Readable, destroy } = streams();
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      PromisePrototypeThen(reader.read(), (chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        PromisePrototypeThen(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });
  PromisePrototypeThen(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  const { finished, destroy, utils } = streams();
  if (!utils.isWritableNodeStream(streamWritable)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('streamWritable', 'stream.Writable', streamWritable);
  }
  if (utils.isDestroyed(streamWritable) || !utils.isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const strategy = defaultStrategy(streamWritable.writableObjectMode, streamWritable.writableHighWaterMark);
  let controller;
  let backpressurePromise;
  let closed;

  const cleanup = finished(streamWritable, (error) => {
    error = toAbortError(error);
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      // An error after close() began also rejects that close.
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    const { AbortError } = require('internal/errors');
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', () => {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  });

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = createDeferred();
        const clear = () => {
          backpressurePromise = undefined;
        };
        return PromisePrototypeThen(backpressurePromise.promise, clear, (error) => {
          clear();
          throw error;
        });
      }
      return undefined;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !utils.isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return undefined;
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('writableStream', 'WritableStream', writableStream);
  }
  validateOptions(options);
  const { Writable, destroy, utils } = streams();
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      const done = (errors) => {
        const list = Array.isArray(errors) ? errors.filter((e) => e) : [errors];
        try {
          callback(list.length === 0 ? undefined : list[0]);
        } catch (error) {
          destroy(writable, error);
        }
      };
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(
        PromiseAll(chunks.map((data) => writer.write(data.chunk))), done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buffer = Buffer.from(chunk, encoding);
        chunk = new Uint8ArrayCtor(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      }
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroy(writable, err);
        }
      };
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk), done, done), done);
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        if (error != null) PromisePrototypeThen(writer.abort(error), done, done);
        else PromisePrototypeThen(writer.close(), done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) PromisePrototypeThen(writer.close(), done, done);
    },
  });
  PromisePrototypeThen(writer.closed, () => {
    closed = true;
    if (!utils.isWritableEnded(writable)) destroy(writable, new (codes().ERR_STREAM_PREMATURE_CLOSE)());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  const { utils } = streams();
  if (!utils.isDuplexNodeStream?.(duplex) && !(utils.isReadableNodeStream(duplex) && utils.isWritableNodeStream(duplex))) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateOptions(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('pair.writable', 'WritableStream', writableStream);
  }
  validateOptions(options);
  const { Duplex, destroy, utils } = streams();
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const buffer = Buffer.from(chunk, encoding);
        chunk = new Uint8ArrayCtor(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      }
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          destroy(duplex, err);
        }
      };
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk), done, done), done);
    },
    final(callback) {
      const done = (error) => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!writableClosed) PromisePrototypeThen(writer.close(), done, done);
    },
    read() {
      PromisePrototypeThen(reader.read(), (chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      const closers = [];
      if (!writableClosed) {
        closers.push(error != null ? writer.abort(error) : writer.close());
      }
      if (!readableClosed) closers.push(reader.cancel(error));
      if (closers.length > 0) {
        PromisePrototypeThen(PromiseAll(closers), done, done);
        return;
      }
      done();
    },
  });
  PromisePrototypeThen(writer.closed, () => {
    writableClosed = true;
    if (!utils.isWritableEnded(duplex)) destroy(duplex, new (codes().ERR_STREAM_PREMATURE_CLOSE)());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  PromisePrototypeThen(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
