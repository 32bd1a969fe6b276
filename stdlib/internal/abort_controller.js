'use strict';
// AbortController and AbortSignal (WHATWG DOM), on coil's EventTarget.

const {
  EventTarget, Event, defineEventHandler, kTrustEvent,
} = require('internal/events/event_target');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
// any(): a composite signal's sources, and a source's dependent (composite) signals.
const kSources = Symbol('kSources');
const kDependents = Symbol('kDependents');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
let constructing = false;

function errors() {
  return require('internal/errors').codes;
}

function abortError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function validateSignal(value) {
  if (value === null || typeof value !== 'object' || !(kAborted in value)) {
    throw new (errors().ERR_INVALID_THIS)('AbortSignal');
  }
}

class AbortSignal extends EventTarget {
  constructor() {
    if (!constructing) throw new (errors().ERR_ILLEGAL_CONSTRUCTOR)();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() {
    validateSignal(this);
    return this[kAborted];
  }

  get reason() {
    validateSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = abortError()) {
    const signal = createSignal();
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    require('internal/validators').validateUint32(delay, 'delay', false);
    const signal = createSignal();
    // Like Node, the timer does not keep the process alive.
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) {
      throw new (errors().ERR_INVALID_ARG_TYPE)('signals', 'Array', signals);
    }
    for (let i = 0; i < signals.length; i++) {
      if (signals[i] === null || typeof signals[i] !== 'object' || !(kAborted in signals[i])) {
        throw new (errors().ERR_INVALID_ARG_TYPE)(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    const result = createSignal();
    for (const signal of signals) {
      if (signal[kAborted]) {
        result[kAborted] = true;
        result[kReason] = signal[kReason];
        return result;
      }
    }
    // As the DOM standard: a signal made by any() depends on the plain signals underneath (those
    // of a composite input, not the composite itself), each once, in input order.
    const sources = [];
    for (const signal of signals) {
      const underneath = signal[kSources] !== undefined ? signal[kSources] : [signal];
      for (const source of underneath) {
        if (sources.includes(source)) continue;
        sources.push(source);
        if (source[kDependents] === undefined) source[kDependents] = [];
        source[kDependents].push(result);
      }
    }
    result[kSources] = sources;
    return result;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { aborted: this[kAborted] }, depth, options, inspect);
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', configurable: true,
});

// Node's inspect for both classes: `[Name]` past the depth limit, else the constructor's name and
// the shown fields one level deeper.
function customInspect(self, shown, depth, options, inspect) {
  if (depth < 0) return `[${self.constructor.name}]`;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(shown, opts)}`;
}

function createSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

// Abort: the signal takes the reason and fires 'abort'; then the signals any() made from it
// follow, in the order they were made (each skipped if something aborted it meanwhile), as in
// Node 20 (the DOM standard now marks them all aborted before any listener runs).
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  detachFromSources(signal);
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  const dependents = signal[kDependents];
  if (dependents === undefined) return;
  signal[kDependents] = undefined;
  for (const dependent of dependents) abortSignal(dependent, reason);
}

// An aborted combined signal no longer needs its sources to reach it.
function detachFromSources(signal) {
  const sources = signal[kSources];
  if (sources === undefined) return;
  signal[kSources] = undefined;
  for (const source of sources) {
    const list = source[kDependents];
    if (list === undefined) continue;
    const at = list.indexOf(signal);
    if (at !== -1) list.splice(at, 1);
  }
}

class AbortController {
  #signal = createSignal();

  get signal() {
    return this.#signal;
  }

  abort(reason = abortError()) {
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.#signal }, depth, options, inspect);
  }
}
for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', configurable: true,
});

module.exports = { AbortController, AbortSignal };
