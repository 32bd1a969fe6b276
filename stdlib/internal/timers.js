'use strict';
// Node's Timeout and Immediate objects. The loop owns the schedule (a timer heap and an immediate
// queue in Rust, internalBinding('timers')); these objects carry the callback, its arguments and
// the ref state, and the loop hands them back through runTimer / runImmediate.

const binding = internalBinding('timers');
const { start, stop, setRef, scheduleImmediate, refImmediates } = binding;
const ReflectApply = Reflect.apply;

// Node's limit: larger delays (and non-numbers, negatives, NaN) become 1 ms.
const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kHandle = Symbol('kHandle');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Timeouts and their lists print one level deep, as in Node (they link to each other).
function inspectShallow(depth, options, inspect) {
  return inspect(this, { ...options, depth: 0, customInspect: false });
}
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
let nextAsyncId = 2;

// Timers that were converted to a number (`+timeout`), so clearTimeout(number) finds them.
const knownTimersById = { __proto__: null };

// The async context frame (AsyncLocalStorage) each timer or immediate was created in, kept aside
// so the objects look as in Node; only filled once some frame is set.
const { getAsyncFrame, setAsyncFrame } = internalBinding('task_queue');
const frames = new WeakMap();
let framesUsed = false;

function captureFrame(object) {
  const frame = getAsyncFrame();
  if (frame !== undefined) {
    frames.set(object, frame);
    framesUsed = true;
  }
}

// Calls fn(object) in `object`'s frame when it has one (and restores the current one). A
// callback that throws leaves its frame current for the uncaught report; the loop restores it.
function inFrame(object, fn) {
  const frame = framesUsed ? frames.get(object) : undefined;
  if (frame === undefined) return fn(object);
  const outer = setAsyncFrame(frame);
  const result = fn(object);
  setAsyncFrame(outer);
  return result;
}

function emitOverflowWarning(after) {
  process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
    '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
}

function timerDuration(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) emitOverflowWarning(after);
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = timerDuration(after);
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    Object.defineProperty(this, kHandle, { __proto__: null, value: 0, writable: true });
    captureFrame(this);
    arm(this);
  }

  refresh() {
    if (this[kHandle] !== 0) stop(this[kHandle]);
    if (this._onTimeout) arm(this);
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (this[kHandle] !== 0) setRef(this[kHandle], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (this[kHandle] !== 0) setRef(this[kHandle], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [kInspect](depth, options, inspect) {
    return inspectShallow.call(this, depth, options, inspect);
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// Node keeps active timers in one linked list per duration; a Timeout's _idlePrev/_idleNext point
// into it (util.inspect shows `[TimersList]`). The schedule itself is the loop's heap, so these
// lists only mirror that shape.
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = nextListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = 1;
  }

  [kInspect](depth, options, inspect) {
    return inspectShallow.call(this, depth, options, inspect);
  }
}
let nextListId = Number.MIN_SAFE_INTEGER;
const lists = new Map();

function arm(timer) {
  let list = lists.get(timer._idleTimeout);
  if (list === undefined) {
    list = new TimersList(binding.getLoopTime() + timer._idleTimeout, timer._idleTimeout);
    lists.set(timer._idleTimeout, list);
  }
  timer._idlePrev = list;
  timer._idleNext = list;
  list._idlePrev = timer;
  list._idleNext = timer;
  timer._destroyed = false;
  timer._idleStart = binding.getLoopTime();
  timer[kHandle] = start(timer, timer._idleTimeout);
  if (!timer[kRefed]) setRef(timer[kHandle], false);
}

// Properties in Node's order, which shows on plain objects made timers by the legacy API.
function destroy(timer) {
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
  timer._idleNext = null;
  timer._idlePrev = null;
  if (timer[kHandle]) {
    stop(timer[kHandle]);
    timer[kHandle] = 0;
  }
}

// Node's unenroll, which clearTimeout uses: also marks the timer so that refresh() or active()
// do not start it again.
function unenroll(timer) {
  if (timer._destroyed) return;
  destroy(timer);
  timer._idleTimeout = -1;
}

// Called by the loop when a timer is due; runs in the frame the timer was created in.
function runTimer(timer) {
  return inFrame(timer, runTimerNow);
}

function runTimerNow(timer) {
  timer[kHandle] = 0;
  if (timer._destroyed) return;
  // A legacy timer (timers.enroll) may have no callback: it just ends.
  if (!timer._onTimeout) {
    destroy(timer);
    return;
  }
  timer._idlePrev = null;
  timer._idleNext = null;
  const args = timer._timerArgs;
  try {
    if (args === undefined) timer._onTimeout();
    else ReflectApply(timer._onTimeout, timer, args);
  } finally {
    if (timer[kHandle] === 0 && !timer._destroyed) {
      if (timer._repeat) {
        timer._idleTimeout = timer._repeat;
        arm(timer);
      } else {
        destroy(timer);
      }
    }
  }
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById[timer];
    if (known !== undefined) {
      known._onTimeout = null;
      unenroll(known);
    }
  }
}

// For sockets' idle timeouts, which an HTTP server turns off and on around every request:
// stopping keeps the Timeout for the next start instead of making a new one each time.
// A stopped timer has _idleTimeout -1, as after Node's unenroll, but keeps its callback.
function stopTimer(timer) {
  if (!timer._destroyed) destroy(timer);
  timer._idleTimeout = -1;
}

function restartTimer(timer, after) {
  if (timer[kHandle] !== 0) stop(timer[kHandle]);
  timer._idleTimeout = timerDuration(after);
  arm(timer);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    captureFrame(this);
    scheduleImmediate(this);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refImmediates(1);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refImmediates(-1);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

// Called by the loop in the check phase; runs in the frame the immediate was created in.
function runImmediate(immediate) {
  return inFrame(immediate, runImmediateNow);
}

function runImmediateNow(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate[kRefed]) refImmediates(-1);
  immediate[kRefed] = null;
  const callback = immediate._onImmediate;
  immediate._onImmediate = null;
  const args = immediate._argv;
  ReflectApply(callback, immediate, args === undefined ? [] : args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  if (immediate[kRefed]) refImmediates(-1);
  immediate[kRefed] = null;
}

// `using t = setTimeout(...)` (explicit resource management): leaving the scope clears the timer.
// Plain assignments, as in Node: enumerable, anonymous functions on the prototypes.
Timeout.prototype[Symbol.dispose] = function() {
  clearTimeout(this);
};
Immediate.prototype[Symbol.dispose] = function() {
  clearImmediate(this);
};

// ---------------------------------------------------------------------------------------------
// The legacy API behind timers.enroll/unenroll/active/_unrefActive (deprecated in Node): any object
// becomes a timer through its _idleTimeout and _onTimeout, and is armed on the loop like a Timeout.

function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleNext) unenroll(item);
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

// (Re)starts `item` for its _idleTimeout, as Node's insertGuarded; a negative or missing duration
// (never enrolled, or unenrolled) leaves it alone.
function activate(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  if (item[kHandle]) stop(item[kHandle]);
  item._idleStart = binding.getLoopTime();
  if (item._destroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = nextAsyncId++;
    item[triggerAsyncIdSymbol] = 1;
  }
  item[kRefed] = refed;
  if (!Object.prototype.hasOwnProperty.call(item, kHandle)) {
    Object.defineProperty(item, kHandle, { __proto__: null, value: 0, writable: true });
  }
  arm(item);
}

function active(item) {
  activate(item, true);
}

function unrefActive(item) {
  activate(item, false);
}

module.exports = {
  Timeout, Immediate, runTimer, runImmediate, clearTimeout, clearImmediate,
  kRefed, TIMEOUT_MAX,
  enroll, unenroll, active, unrefActive, stopTimer, restartTimer,
};
