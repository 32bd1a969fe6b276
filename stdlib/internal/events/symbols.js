'use strict';
// Symbols shared by events, the EventTarget implementation and (later) AbortSignal and streams.

module.exports = {
  // Listener option: the listener runs even after stopImmediatePropagation().
  kResistStopPropagation: Symbol('kResistStopPropagation'),
  // Listener option: hold the listener weakly (coil holds it strongly; only GC could tell).
  kWeakHandler: Symbol('kWeak'),
  // Event option: the event is trusted (isTrusted), for events the runtime dispatches.
  kTrustEvent: Symbol('kTrustEvent'),
  // Listener option: called with the dispatched value instead of an Event (NodeEventTarget).
  kIsNodeStyleListener: Symbol('kIsNodeStyleListener'),
  // events.on option: deliver only the first argument of each event instead of an array.
  kFirstEventParam: Symbol('nodejs.kFirstEventParam'),
};
