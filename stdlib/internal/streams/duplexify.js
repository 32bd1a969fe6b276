'use strict';
// Duplex.from(body): turns many kinds of values into a Duplex -
//   a Duplex: itself; a Readable or Writable: a Duplex with only that side;
//   an async generator function `async function*(source) {...}`: writes feed `source`, its
//   yields are read (a plain async function: writable only, its promise ends the stream);
//   an iterable: readable only; a promise: one value then end;
//   `{ readable, writable }`: a Duplex over the pair; a web ReadableStream or WritableStream
//   (alone or in the pair): the Node stream Readable.fromWeb / Writable.fromWeb make of it.

const { isReadable, isWritable, isIterable, isNodeStream, isReadableNodeStream,
  isWritableNodeStream, isDuplexNodeStream, isReadableStream, isWritableStream } =
  require('internal/streams/utils');
const eos = require('internal/streams/end_of_stream');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const from = require('internal/streams/from');

const ObjectSetPrototypeOf = Object.setPrototypeOf;

function errors() {
  return require('internal/errors');
}

// A Duplex that also honours readable: false / writable: false given through from()'s options
// (which spread them after the Duplex constructor ran).
function Duplexify(options) {
  Duplex.call(this, options);
  if (options?.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }
  if (options?.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
ObjectSetPrototypeOf(Duplexify.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Duplexify, Duplex);


function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
  // Web streams become Node streams through the web-stream adapters (loaded only here).
  if (isReadableStream(body) || isWritableStream(body)) {
    const adapters = require('internal/webstreams/adapters');
    return isReadableStream(body) ?
      fromPair({ readable: adapters.newStreamReadableFromReadableStream(body) }) :
      fromPair({ writable: adapters.newStreamWritableFromWritableStream(body) });
  }

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    // (`body` may also be a function returning a stream.)
    if (isDuplexNodeStream(value)) return value;
    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) {
          throw new (errors().codes.ERR_INVALID_RETURN_VALUE)('nully', 'body', val);
        }
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw new (errors().codes.ERR_INVALID_RETURN_VALUE)('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer());

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body?.readable) ? body?.readable : duplexify(body.readable)) :
      undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body?.writable) ? body?.writable : duplexify(body.writable)) :
      undefined;
    return fromPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
      '{ readable, writable } pair', 'Promise'],
    body);
}

function isBlob(value) {
  const Blob = globalThis.Blob;
  return typeof Blob === 'function' && value instanceof Blob;
}

// A promise with its resolve function.
function deferred() {
  let resolve;
  const promise = new Promise((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

// Calls `fn(source, { signal })` where `source` is an async generator fed by the Duplex's
// writes: each write resolves the pending promise with the chunk and its callback.
function fromAsyncGen(fn) {
  let { promise, resolve } = deferred();
  const { AbortController } = require('internal/abort_controller');
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new (errors().AbortError)(undefined, { cause: signal.reason });
      ({ promise, resolve } = deferred());
      yield chunk;
    }
  }(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const r = resolve;
      resolve = null;
      r({ chunk, done: false, cb });
    },
    final(cb) {
      const r = resolve;
      resolve = null;
      r({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// A Duplex writing into `pair.writable` and reading from `pair.readable`.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };
    w.on('drain', function() {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', function() {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    r.on('readable', function() {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', function() {
      d.push(null);
    });
    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new (errors().AbortError)();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
