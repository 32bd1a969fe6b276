'use strict';
// readline.emitKeypressEvents(stream[, interface]): makes a readable stream emit 'keypress'
// events decoded from its 'data'. Decoding runs only while someone listens for 'keypress'.

const { StringDecoder } = require('string_decoder');
const { clearTimeout, setTimeout } = require('timers');
const { charLengthAt, kEscape } = require('internal/readline/utils');
const { emitKeys } = require('internal/readline/keys');
const { kSawKeyPress } = require('internal/readline/symbols');

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');

// GNU readline's default keyseq-timeout: a lone ESC becomes the escape key after it.
const kEscapeCodeTimeout = 500;

// Starts a fresh key decoder on the stream.
function startDecoder(stream) {
  stream[ESCAPE_DECODER] = emitKeys(stream);
  stream[ESCAPE_DECODER].next();
}

// Installs keypress decoding on `stream` (once per stream). `iface` (an Interface) supplies the
// escape timeout and learns whether a chunk was a single key or a paste.
function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  startDecoder(stream);

  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  const { escapeCodeTimeout = kEscapeCodeTimeout } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[KEYPRESS_DECODER].write(input);
    if (!string) return;
    clearTimeout(timeoutId);
    // One character (possibly a surrogate pair) is a key press; more is a paste, during which
    // completion and redrawing stay off until its last character.
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[ESCAPE_DECODER].next(character);
        // An ESC at the very end may be the escape key or the start of a split sequence.
        if (length === string.length && character === kEscape) {
          timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw and killed the generator: restart it, then rethrow.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
