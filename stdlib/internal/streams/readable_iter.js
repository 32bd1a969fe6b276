'use strict';
// Readable's async iterator (`for await (const chunk of readable)`, readable.iterator()) and
// readable.wrap(oldStream). Loaded on first use.

const eos = require('internal/streams/end_of_stream');
const destroyImpl = require('internal/streams/destroy');

const ObjectKeys = Object.keys;

function nop() {}

// The iterator object is an async generator with a `stream` property, as in Node.
function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    // Not a Readable (an old-style stream): wrap it first.
    stream = require('internal/streams/readable').wrap(stream, { objectMode: true });
  }
  const iterator = createAsyncIterator(stream, options);
  iterator.stream = stream;
  return iterator;
}

// Reads in paused mode: read() until null, then wait for 'readable' or the end (eos).
// `error` is undefined while running, null after a clean end, or the error.
// On exit (break, throw, end) the stream is destroyed unless options.destroyOnReturn is false
// (an error always destroys, if autoDestroy allows).
async function* createAsyncIterator(stream, options) {
  let wake = nop;

  // Used both as the 'readable' listener (this === stream) and as a Promise executor.
  function next(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? require('internal/errors').aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = require('internal/errors').aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// readable.wrap(stream): re-emits an old-style stream's data through `self`, pausing it while
// self's buffer is full; its methods are proxied onto self where self has none.
function wrap(self, stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    self.push(null);
  });
  stream.on('error', (err) => {
    destroyImpl.errorOrDestroy(self, err);
  });
  stream.on('close', () => {
    self.destroy();
  });
  stream.on('destroy', () => {
    self.destroy();
  });

  self._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // (Skips the first own key, as Node does: `_events` on any EventEmitter.)
  const keys = ObjectKeys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (self[key] === undefined && typeof stream[key] === 'function') {
      self[key] = stream[key].bind(stream);
    }
  }
  return self;
}

module.exports = { streamToAsyncIterator, wrap };
