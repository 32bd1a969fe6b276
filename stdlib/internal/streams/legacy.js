'use strict';
// The legacy `Stream` constructor - what `require('stream')` itself is - and its old-style
// pipe(), kept for userland streams that inherit from Stream directly instead of Readable.
// Readable overrides pipe() with the backpressure-aware version.

const EE = require('events');

const ArrayIsArray = Array.isArray;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectOwnKeys = Reflect.ownKeys;

// Stream(opts): an EventEmitter; `opts` is passed on (captureRejections).
function Stream(opts) {
  EE.call(this, opts);
}
ObjectSetPrototypeOf(Stream.prototype, EE.prototype);
ObjectSetPrototypeOf(Stream, EE);

// Old-style pipe: forwards 'data' to dest.write(), pauses on a false return until 'drain', and
// ends (or destroys) dest when the source ends (or closes), unless { end: false }.
Stream.prototype.pipe = function(dest, options) {
  const source = this;
  let didOnEnd = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  // An error on either side breaks the pipe; it is rethrown if nobody else listens.
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// Streams report only the events that really have listeners (their `_events` object is
// pre-shaped with undefined slots for the common events).
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  const keys = ReflectOwnKeys(events);
  for (let i = 0; i < keys.length; i++) {
    const handler = events[keys[i]];
    if (typeof handler === 'function' || (ArrayIsArray(handler) && handler.length > 0)) {
      names.push(keys[i]);
    }
  }
  return names;
};

// emitter.prependListener(event, fn), also for emitters from old EventEmitter copies that lack it.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  const events = emitter._events;
  if (!events || !events[event]) emitter.on(event, fn);
  else if (ArrayIsArray(events[event])) events[event].unshift(fn);
  else events[event] = [fn, events[event]];
}

module.exports = { Stream, prependListener };
