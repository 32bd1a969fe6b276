'use strict';

// assert.CallTracker (deprecated in Node.js v20, DEP0173): wraps functions to count their calls
// and reports those not called the expected number of times.

const { AssertionError } = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');
const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

const ArrayPush = Function.prototype.call.bind(Array.prototype.push);
const ArraySlice = Function.prototype.call.bind(Array.prototype.slice);
const ObjectFreeze = Object.freeze;
const ReflectApply = Reflect.apply;
const ProxyCtor = Proxy;
const ErrorCtor = Error;

const noop = [() => {}][0];

class CallTrackerContext {
  #expected;
  #calls;
  #name;
  #stackTrace;

  constructor(expected, stackTrace, name) {
    this.#expected = expected;
    this.#calls = [];
    this.#name = name;
    this.#stackTrace = stackTrace;
  }

  track(thisArg, args) {
    ArrayPush(this.#calls, ObjectFreeze({ thisArg, arguments: ObjectFreeze(ArraySlice(args)) }));
  }

  get delta() {
    return this.#calls.length - this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return ArraySlice(this.#calls);
  }

  report() {
    if (this.delta === 0) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) but was ` +
        `executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #contexts = new Set();
  #tracked = new WeakMap();

  #contextOf(tracked) {
    const context = this.#tracked.get(tracked);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return context;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#contexts) context.reset();
      return;
    }
    this.#contextOf(tracked).reset();
  }

  getCalls(tracked) {
    return this.#contextOf(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (require('internal/process/exit').existingProcess()?._exiting) {
      throw new (require('internal/errors').codes.ERR_UNAVAILABLE_DURING_EXIT)();
    }
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const context = new CallTrackerContext(expected, new ErrorCtor(), fn.name || 'calls');
    const tracked = new ProxyCtor(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.track(thisArg, args);
        return ReflectApply(target, thisArg, args);
      },
    });
    this.#contexts.add(context);
    this.#tracked.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#contexts) {
      const entry = context.report();
      if (entry !== undefined) ArrayPush(errors, entry);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = require('util').deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');
