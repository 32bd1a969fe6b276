'use strict';
// node:diagnostics_channel - named channels that libraries publish events on (fastify, undici,
// ...) and tools subscribe to. A subscriber that throws does not disturb the publisher: its
// error is rethrown on the next tick as an uncaught exception. TracingChannel wraps a sync,
// promise or callback operation in start/end/asyncStart/asyncEnd/error events. Channels are kept
// while they have subscribers; one without is dropped when nobody references it.

const { validateFunction } = require('internal/validators');

function errors() {
  return require('internal/errors').codes;
}

// name -> WeakRef(Channel): channel(name) returns the same object while it is alive.
const channels = new Map();

function validateChannelName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('channel', ['string', 'symbol'], name);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, new WeakRef(this));
  }

  static [Symbol.hasInstance](instance) {
    const prototype = Object.getPrototypeOf(instance);
    return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
  }

  get hasSubscribers() {
    return false;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

// A channel with subscribers or stores (Node swaps the prototype the same way).
class ActiveChannel {
  get hasSubscribers() {
    return true;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const subscribers = this._subscribers.slice();
    subscribers.splice(index, 1);
    this._subscribers = subscribers;
    maybeDeactivate(this);
    return true;
  }

  bindStore(store, transform) {
    const replacing = this._stores.has(store);
    if (!replacing) this._stores = new Map(this._stores);
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores = new Map(this._stores);
    this._stores.delete(store);
    maybeDeactivate(this);
    return true;
  }

  publish(data) {
    for (const onMessage of this._subscribers) {
      try {
        onMessage(data, this.name);
      } catch (error) {
        process.nextTick(() => { throw error; });
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const next = run;
      run = () => {
        let context = data;
        if (transform) {
          try {
            context = transform(data);
          } catch (error) {
            process.nextTick(() => { throw error; });
            return next();
          }
        }
        return store.run(context, next);
      };
    }
    return run();
  }
}

function activate(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new Map();
  // An active channel must not be collected: subscribers expect to keep receiving.
  strongChannels.add(channel);
}

function maybeDeactivate(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
    strongChannels.delete(channel);
  }
}

const strongChannels = new Set();
Object.setPrototypeOf(ActiveChannel.prototype, Channel.prototype);

/** diagnostics_channel.channel(name): the channel of that name (created on first use). */
function channel(name) {
  const existing = channels.get(name)?.deref();
  if (existing) return existing;
  validateChannelName(name);
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name)?.deref();
  return existing ? existing.hasSubscribers : false;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];
const kChannels = Symbol('channels');

class TracingChannel {
  constructor(nameOrChannels) {
    const named = {};
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents) named[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const event of traceEvents) {
        const value = nameOrChannels[event];
        if (!(value instanceof Channel)) {
          throw new (errors().ERR_INVALID_ARG_TYPE)(`nameOrChannels.${event}`, ['Channel'], value);
        }
        named[event] = value;
      }
    } else {
      throw new (errors().ERR_INVALID_ARG_TYPE)('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
    Object.defineProperty(this, kChannels, { __proto__: null, value: named });
  }

  get start() { return this[kChannels].start; }
  get end() { return this[kChannels].end; }
  get asyncStart() { return this[kChannels].asyncStart; }
  get asyncEnd() { return this[kChannels].asyncEnd; }
  get error() { return this[kChannels].error; }

  get hasSubscribers() {
    return traceEvents.some((event) => this[kChannels][event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[kChannels][event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[kChannels][event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    const { start, end, asyncStart, asyncEnd, error } = this;
    function reject(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    function resolve(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
