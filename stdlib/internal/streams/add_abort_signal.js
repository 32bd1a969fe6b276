'use strict';
// stream.addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal
// aborts (at once if it already has). The listener is removed when the stream finishes.

const { isNodeStream, isWebStream } = require('internal/streams/utils');
const eos = require('internal/streams/end_of_stream');

const SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

function addAbortSignal(signal, stream) {
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  // Any object with an `aborted` field will do (as in Node).
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

// The same without argument checks: used by the constructors' `signal` option.
function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = () => {
    const { AbortError } = require('internal/errors');
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = require('events').addAbortListener(signal, onAbort);
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
