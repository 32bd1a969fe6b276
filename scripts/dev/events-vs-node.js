#!/usr/bin/env node
'use strict';
// Compares coil's stdlib/events.js and internal/events/* (run under node with the stdlib shim)
// against node's events module and its EventTarget / Event / CustomEvent globals: each scenario
// runs once against each implementation, logging what it observes (return values, listener
// calls, thrown errors, warnings, uncaught exceptions, promise outcomes); the logs must match.
//
//   node scripts/dev/events-vs-node.js     # VERBOSE=1 prints passing cases too
//
// Prints every mismatch and ends with `N passed, M failed`.

const util = require('util');
const { createStdlib } = require('./stdlib-shim');

const coilRequire = createStdlib({
  bindings: { process_methods: { performanceNow: () => performance.now() } },
  overrides: {
    'internal/util/inspect': () => ({ inspect: util.inspect, format: util.format, formatWithOptions: util.formatWithOptions }),
    'internal/process/task_queues': () => ({ queueMicrotask, nextTick: process.nextTick }),
  },
});
const coilEvents = coilRequire('events');
const coilET = coilRequire('internal/events/event_target');

const nodeEvents = require('events');
const apis = {
  coil: { events: coilEvents, EE: coilEvents, EventTarget: coilET.EventTarget, Event: coilET.Event, CustomEvent: coilET.CustomEvent },
  node: { events: nodeEvents, EE: nodeEvents, EventTarget, Event, CustomEvent },
};

let passed = 0;
let failed = 0;
const verbose = process.env.VERBOSE === '1';

// ------------------------------------------------------------------------------------------------
// Logging

let currentLog = null;
function fmt(v) {
  if (v instanceof Error || (v && typeof v === 'object' && typeof v.message === 'string' && 'stack' in v)) {
    const extra = [];
    for (const k of Object.keys(v)) if (k !== 'code') extra.push(`${k}=${fmt(v[k])}`);
    return `Err(${v.name}|${v.code}|${v.message}${extra.length ? `|${extra.join(',')}` : ''}${v.cause !== undefined ? `|cause=${fmt(v.cause)}` : ''})`;
  }
  if (v !== null && typeof v === 'object' && typeof v.type === 'string' && 'timeStamp' in v && 'eventPhase' in v) {
    return `Event(${v.constructor.name},${v.type})`;
  }
  if (v instanceof apis.coil.EventTarget || v instanceof EventTarget) return `ET(${v.constructor.name})`;
  if (v instanceof apis.coil.EE || v instanceof nodeEvents) return `EE(${v.constructor.name})`;
  if (typeof v === 'function') return `fn(${v.name})`;
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  return util.inspect(v, { depth: 4, breakLength: Infinity });
}
function makeLog() {
  const lines = [];
  const log = (...args) => lines.push(args.map((a) => (typeof a === 'string' ? a : fmt(a))).join(' '));
  log.lines = lines;
  log.try = (label, fn) => {
    try {
      const r = fn();
      log(label, 'ok', r);
    } catch (e) {
      log(label, 'threw', e);
    }
  };
  log.settle = async (label, p) => {
    try {
      log(label, 'resolved', await p);
    } catch (e) {
      log(label, 'rejected', e);
    }
  };
  return log;
}

const ticks = (n = 3) => new Promise((resolve) => {
  let i = 0;
  const step = () => (++i >= n ? resolve() : setImmediate(step));
  setImmediate(step);
});

process.on('uncaughtException', (err) => {
  if (currentLog) currentLog('uncaught', err);
  else throw err;
});
const realEmitWarning = process.emitWarning;
process.emitWarning = function(w, ...rest) {
  if (currentLog) {
    const extra = typeof w === 'object' ? ` type=${fmt(w.type)} count=${w.count} ` +
      `emitter=${w.emitter === undefined ? '-' : fmt(w.emitter)} target=${w.target === undefined ? '-' : fmt(w.target)}` : '';
    currentLog('warning', typeof w === 'string' ? w : `${w.name}: ${w.message}`, extra);
    return;
  }
  return realEmitWarning.call(this, w, ...rest);
};

async function runOn(which, fn) {
  const log = makeLog();
  currentLog = log;
  const saved = { dml: apis[which].EE.defaultMaxListeners, cr: apis[which].EE.captureRejections };
  try {
    await fn(apis[which], log);
    await ticks();
  } catch (e) {
    log('scenario threw', e);
  } finally {
    apis[which].EE.defaultMaxListeners = saved.dml;
    apis[which].EE.captureRejections = saved.cr;
    currentLog = null;
  }
  return log.lines.join('\n');
}

const scenarios = [];
function scenario(name, fn) {
  scenarios.push([name, fn]);
}

// ------------------------------------------------------------------------------------------------
// Module shape

scenario('module keys', ({ events }, log) => {
  log(Object.keys(events));
  log(Object.getOwnPropertyNames(events).filter((k) => k !== 'EventEmitterAsyncResource'));
  log(Object.getOwnPropertyNames(events.prototype));
  for (const k of Object.getOwnPropertyNames(events)) {
    const d = Object.getOwnPropertyDescriptor(events, k);
    if (k === 'EventEmitterAsyncResource') continue;
    log(k, typeof d.value, d.get ? 'get' : '-', d.set ? 'set' : '-', d.writable, d.enumerable, d.configurable,
      typeof d.value === 'function' ? `${d.value.name}/${d.value.length}` : '');
  }
  for (const k of Object.getOwnPropertyNames(events.prototype)) {
    const v = events.prototype[k];
    log(k, typeof v === 'function' ? `${v.name}/${v.length}` : v);
  }
  log(events.on === events.EventEmitter.on, events.prototype.on === events.prototype.addListener,
    events.prototype.off === events.prototype.removeListener);
  log(String(events.errorMonitor), String(events.captureRejectionSymbol), String(events.kMaxEventTargetListeners),
    String(events.kMaxEventTargetListenersWarned), events.usingDomains);
  log(Object.prototype.toString.call(events.once), events.once.constructor.name);
});

scenario('new EventEmitter shape', ({ EE }, log) => {
  const e = new EE();
  log(util.inspect(e));
  log(Object.getOwnPropertySymbols(e).map(String));
  log(Object.keys(e));
  const c = new EE({ captureRejections: true });
  log(util.inspect(c));
  const o = {};
  EE.call(o);
  log(util.inspect(o));
  EE.init.call(o);
  log(util.inspect(o));
  class Sub extends EE {}
  Sub.prototype._events = { x: 1 };
  log(util.inspect(new Sub()));
  log(util.inspect(new EE({ captureRejections: false })));
  log(util.inspect(new EE(null)), util.inspect(new EE(5)));
});

scenario('constructor option errors', ({ EE }, log) => {
  for (const v of [1, 'yes', {}, [], Symbol('s'), () => {}]) log.try(`captureRejections=${String(v)}`, () => new EE({ captureRejections: v }));
  for (const v of [undefined, null, 0, '', false, NaN]) log.try(`captureRejections=${String(v)}`, () => util.inspect(new EE({ captureRejections: v })));
});

// ------------------------------------------------------------------------------------------------
// Basic emitter behaviour

scenario('on/emit order and this', ({ EE }, log) => {
  const e = new EE();
  e.on('a', function(...args) { log('first', this === e, args); });
  e.on('a', (...args) => log('second', args));
  e.prependListener('a', () => log('prepended'));
  log(e.emit('a', 1, 2), e.emit('b'), e.emit('a'));
  log(e.listenerCount('a'), e.eventNames());
});

scenario('once and prependOnceListener', ({ EE }, log) => {
  const e = new EE();
  const f = (x) => log('once', x);
  e.once('x', f);
  e.prependOnceListener('x', (x) => log('prepOnce', x));
  e.on('x', (x) => log('on', x));
  log(e.listeners('x'), e.rawListeners('x').map((l) => [l.name, l.listener && l.listener.name]));
  e.emit('x', 1);
  e.emit('x', 2);
  log(e.listenerCount('x'), e.listenerCount('x', f));
  e.once('y', f);
  log(e.listenerCount('y', f), e.rawListeners('y')[0].listener === f);
  e.removeListener('y', f);
  log(e.listenerCount('y'), e.eventNames());
  const raw = (() => { e.once('z', function named() { log('z called', arguments.length); }); return e.rawListeners('z')[0]; })();
  raw();
  raw();
  log(e.listenerCount('z'));
});

scenario('removeListener during emit', ({ EE }, log) => {
  const e = new EE();
  const b = () => log('b');
  const a = () => { log('a'); e.removeListener('x', b); e.on('x', () => log('late')); };
  e.on('x', a);
  e.on('x', b);
  e.emit('x');
  e.emit('x');
  log(e.listenerCount('x'));
});

scenario('removeListener semantics', ({ EE }, log) => {
  const e = new EE();
  const f = () => {};
  const g = () => {};
  e.on('removeListener', (t, l) => log('removeListener event', t, l));
  e.on('x', f); e.on('x', g); e.on('x', f);
  e.removeListener('x', f);
  log(e.listeners('x'));
  e.off('x', f);
  log(e.listeners('x'), typeof e._events.x);
  e.removeListener('x', g);
  log(e.eventNames(), e._eventsCount);
  e.removeListener('nothing', f);
  const h = () => {};
  e.removeListener('removeListener', e.listeners('removeListener')[0]);
  log(e.eventNames(), e._eventsCount);
  e.on('y', h);
  e.removeListener('y', h);
  log(util.inspect(e._events));
  log.try('removeListener bad', () => e.removeListener('y', 'nope'));
  log.try('removeListener undefined', () => e.removeListener('y'));
});

scenario('removeAllListeners', ({ EE }, log) => {
  const e = new EE();
  const fs = [1, 2, 3].map((i) => { const f = () => {}; Object.defineProperty(f, 'name', { value: `f${i}` }); return f; });
  e.on('a', fs[0]); e.on('a', fs[1]); e.on('b', fs[2]); e.on(Symbol.for('s'), fs[0]);
  log(e.removeAllListeners('a') === e, e.eventNames());
  log(e.removeAllListeners() === e, e.eventNames(), e._eventsCount);
  e.on('removeListener', (t, l) => log('removed', t, l));
  e.on('a', fs[0]); e.on('a', fs[1]); e.on('b', fs[2]); e.once('c', fs[0]);
  e.removeAllListeners('a');
  log(e.eventNames());
  e.removeAllListeners();
  log(e.eventNames(), e._eventsCount);
  const e2 = new EE();
  log(e2.removeAllListeners('zzz') === e2, e2.removeAllListeners() === e2);
  const o = Object.create(EE.prototype);
  log(o.removeAllListeners() === o, o.listeners('a'), o.rawListeners('a'), o.listenerCount('a'), o.eventNames());
});

scenario('shape mode and undefined types', ({ EE }, log) => {
  const e = new EE();
  EE.init.call(e);
  const f = () => {};
  e.on('a', f);
  e.on('b', f);
  e.removeListener('a', f);
  log(util.inspect(e), e.eventNames(), e.listenerCount('a'));
  e.removeListener('b', f);
  log(util.inspect(e), e.eventNames());
  e.removeAllListeners('a');
  log(util.inspect(e));
  e.on('c', f);
  e.removeAllListeners();
  log(util.inspect(e));
  const u = new EE();
  u.on('x', f);
  log.try('listeners(undefined)', () => u.listeners(undefined));
  log.try('rawListeners()', () => u.rawListeners());
  log.try('removeListener(undefined)', () => u.removeListener(undefined, f) === u);
  log.try('listenerCount()', () => u.listenerCount());
  u.on(undefined, f);
  log.try('listeners(undefined) 2', () => u.listeners(undefined));
  log.try('removeListener(undefined) 2', () => u.removeListener(undefined, f) === u);
  log(u.eventNames());
  const fresh = Object.create(EE.prototype);
  log.try('fresh removeListener', () => fresh.removeListener(undefined, f) === fresh);
  log.try('fresh listeners', () => fresh.listeners());
  const last = new EE();
  last.on('removeListener', function rl(t) { log('rl event', t); });
  last.removeListener('removeListener', last.listeners('removeListener')[0]);
  log(util.inspect(last));
});

scenario('newListener event', ({ EE }, log) => {
  const e = new EE();
  e.on('newListener', (t, l) => { log('newListener', t, l); if (t === 'x') e.on('y', () => {}); });
  const f = () => {};
  e.on('x', f);
  e.once('z', f);
  e.prependOnceListener('w', f);
  log(e.eventNames());
  const e2 = new EE();
  e2.on('newListener', () => { e2._events = { __proto__: null }; });
  e2.on('q', f);
  log(e2.eventNames());
});

scenario('listeners / rawListeners / listenerCount', ({ EE }, log) => {
  const e = new EE();
  const f = () => {};
  const g = () => {};
  e.on('a', f); e.once('a', g); e.on('a', f);
  log(e.listeners('a'), e.rawListeners('a').length, e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('a', g),
    e.listenerCount('a', () => {}), e.listenerCount('a', null), e.listenerCount('b'), e.listenerCount('b', f));
  log(EE.listenerCount(e, 'a'), EE.listenerCount({ listenerCount: (t) => `custom ${t}` }, 'q'));
  const w = e.rawListeners('a')[1];
  w.listener = 'notfn';
  log(e.listeners('a'));
  log(e.listeners(undefined), e.listenerCount(undefined));
  e.on(undefined, f);
  log(e.listeners(undefined), e.eventNames());
});

scenario('listener type errors', ({ EE }, log) => {
  const e = new EE();
  for (const v of [undefined, null, 1, 'str', {}, [], Symbol('s'), true, 10n, new Map()]) {
    log.try(`on ${typeof v}`, () => e.on('x', v));
    log.try(`once ${typeof v}`, () => e.once('x', v));
    log.try(`prependListener ${typeof v}`, () => e.prependListener('x', v));
    log.try(`prependOnceListener ${typeof v}`, () => e.prependOnceListener('x', v));
    log.try(`off ${typeof v}`, () => e.off('x', v));
  }
});

scenario('max listeners API', ({ EE }, log) => {
  const e = new EE();
  log(e.getMaxListeners(), EE.defaultMaxListeners);
  for (const v of [0, 1, 5.5, Infinity, -1, NaN, '5', null, undefined, -0, {}]) {
    log.try(`setMaxListeners(${String(v)})`, () => e.setMaxListeners(v) === e && e.getMaxListeners());
  }
  for (const v of [3, 0, Infinity, -1, NaN, '5', null]) {
    log.try(`defaultMaxListeners=${String(v)}`, () => { EE.defaultMaxListeners = v; return [EE.defaultMaxListeners, new EE().getMaxListeners()]; });
  }
  EE.defaultMaxListeners = 10;
  for (const v of [4, -2, 'x', NaN]) log.try(`static setMaxListeners(${String(v)})`, () => { EE.setMaxListeners(v); return EE.defaultMaxListeners; });
  log.try('static setMaxListeners()', () => { EE.setMaxListeners(); return EE.defaultMaxListeners; });
  EE.defaultMaxListeners = 10;
  const a = new EE();
  const b = new EE();
  EE.setMaxListeners(3, a, b);
  log(a.getMaxListeners(), b.getMaxListeners(), EE.defaultMaxListeners);
  log.try('static setMaxListeners bad target', () => EE.setMaxListeners(3, {}));
  log.try('static setMaxListeners bad target 2', () => EE.setMaxListeners(3, a, 'x'));
  log(EE.getMaxListeners(a));
  a._maxListeners = undefined;
  log(EE.getMaxListeners(a), a.getMaxListeners());
  log.try('getMaxListeners({})', () => EE.getMaxListeners({}));
  log.try('getMaxListeners(null)', () => EE.getMaxListeners(null));
  log.try('getMaxListeners()', () => EE.getMaxListeners());
  log.try('getMaxListeners(obj with getMaxListeners)', () => EE.getMaxListeners({ getMaxListeners() { return 'x'; }, _maxListeners: 7 }));
});

scenario('captureRejections static', ({ EE }, log) => {
  log(EE.captureRejections);
  for (const v of [true, false, 1, 'x', null, undefined]) log.try(`captureRejections=${String(v)}`, () => { EE.captureRejections = v; return EE.captureRejections; });
  EE.captureRejections = true;
  log(util.inspect(new EE()));
  EE.captureRejections = false;
  log(util.inspect(new EE()));
});

// ------------------------------------------------------------------------------------------------
// Leak warnings

scenario('leak warning EventEmitter', ({ EE }, log) => {
  const e = new EE();
  for (let i = 0; i < 12; i++) e.on('evt', () => {});
  log('after adding', e.listenerCount('evt'), e._events.evt.warned);
  const s = Symbol('sym');
  for (let i = 0; i < 11; i++) e.on(s, () => {});
  class MyEmitter extends EE {}
  const m = new MyEmitter();
  m.setMaxListeners(2);
  for (let i = 0; i < 4; i++) m.prependListener('p', () => {});
  const z = new EE();
  z.setMaxListeners(0);
  for (let i = 0; i < 20; i++) z.on('z', () => {});
  const inf = new EE();
  inf.setMaxListeners(Infinity);
  for (let i = 0; i < 20; i++) inf.on('z', () => {});
  const obj = Object.create(null);
  EE.call(obj);
  for (let i = 0; i < 11; i++) EE.prototype.on.call(obj, 'n', () => {});
  const plain = { __proto__: EE.prototype, constructor: undefined };
  plain.setMaxListeners(1);
  EE.prototype.on.call(plain, 'q', () => {});
  EE.prototype.on.call(plain, 'q', () => {});
  EE.defaultMaxListeners = 1;
  const d = new EE();
  d.on(42, () => {});
  d.once(42, () => {});
  e.removeAllListeners('evt');
  for (let i = 0; i < 12; i++) e.on('evt', () => {});
});

// ------------------------------------------------------------------------------------------------
// 'error' events

scenario('unhandled error values', ({ EE }, log) => {
  const values = [new Error('boom'), new TypeError('tt'), 'x', "it's", 42, undefined, null, { a: 1, b: [1, 2] }, [1, 'a'],
    Symbol('s'), function named() {}, 10n, true, { toString() { return 'custom'; } }, Object.create(null),
    new Map([[1, 2]]), { message: 'fake', name: 'Fake' }, 'a'.repeat(200), { nested: { deep: { deeper: { deepest: 1 } } } }];
  for (const v of values) {
    const e = new EE();
    try {
      e.emit('error', v);
      log('no throw');
    } catch (err) {
      log(err === v ? 'same value' : 'wrapped', err);
      if (err !== v) log('context same:', err.context === v, Object.keys(err));
    }
  }
  const e = new EE();
  log.try('emit error no args', () => e.emit('error'));
  const withListener = new EE();
  withListener.on('error', (err) => log('handled', err));
  log(withListener.emit('error', 'fine'));
  const bare = Object.create(EE.prototype);
  log.try('no _events', () => bare.emit('error', 'x'));
  log(bare.emit('other'));
});

scenario('errorMonitor', ({ EE, events }, log) => {
  const e = new EE();
  e.on(events.errorMonitor, (err, extra) => log('monitor', err, extra));
  log.try('unhandled', () => e.emit('error', new Error('m1'), 'extra'));
  e.on('error', (err) => log('handler', err));
  log(e.emit('error', new Error('m2')));
  log(e.eventNames());
  const only = new EE();
  only.on(events.errorMonitor, () => log('monitor only'));
  log(only.emit(events.errorMonitor, 'direct'));
});

// ------------------------------------------------------------------------------------------------
// captureRejections

scenario('captureRejections error event', async ({ EE }, log) => {
  const e = new EE({ captureRejections: true });
  e.on('error', (err) => log('error event', err, e.listenerCount('error')));
  e.on('x', async (v) => { throw new Error(`rejected ${v}`); });
  e.on('x', () => Promise.resolve(1));
  e.on('x', () => ({ then: 5 }));
  log(e.emit('x', 1));
  process.nextTick(() => log('tick after emit'));
  await ticks();
  log('done');
});

scenario('captureRejections rejection symbol', async ({ EE, events }, log) => {
  class Special extends EE {
    constructor() { super({ captureRejections: true }); }
    [events.captureRejectionSymbol](err, type, ...args) { log('rejection method', err, type, args); }
  }
  const s = new Special();
  s.on('go', async () => { throw new Error('nope'); });
  s.emit('go', 'a', 'b');
  await ticks();
});

scenario('captureRejections without error listener', async ({ EE }, log) => {
  const e = new EE({ captureRejections: true });
  e.on('x', async () => { throw new Error('unhandled capture'); });
  e.emit('x');
  await ticks();
});

scenario('captureRejections getter throwing then', async ({ EE }, log) => {
  const e = new EE({ captureRejections: true });
  e.on('error', (err) => log('error from then getter', err));
  e.on('x', () => ({ get then() { throw new Error('then getter'); } }));
  log(e.emit('x'));
  await ticks();
});

scenario('captureRejections off', async ({ EE }, log) => {
  const e = new EE();
  e.on('x', () => Promise.reject(new Error('ignored')).catch(() => log('caught by user')));
  e.emit('x');
  await ticks();
  EE.captureRejections = true;
  const g = new EE();
  g.on('error', (err) => log('global capture', err));
  g.on('x', async () => { throw new Error('g'); });
  g.emit('x');
  EE.captureRejections = false;
  await ticks();
});

// ------------------------------------------------------------------------------------------------
// events.once

scenario('once resolves', async ({ EE, events }, log) => {
  const e = new EE();
  const p = events.once(e, 'ready');
  log(e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two', { three: 3 });
  await log.settle('once', p);
  log(e.listenerCount('ready'), e.listenerCount('error'));
  const p2 = events.once(e, 'ready');
  process.nextTick(() => e.emit('ready'));
  await log.settle('once empty', p2);
});

scenario('once rejects on error', async ({ EE, events }, log) => {
  const e = new EE();
  const p = events.once(e, 'ready');
  e.emit('error', new Error('bad'));
  await log.settle('once', p);
  log(e.listenerCount('ready'), e.listenerCount('error'));
  const p2 = events.once(e, 'error');
  log(e.listenerCount('error'));
  e.emit('error', new Error('as value'));
  await log.settle('once error', p2);
});

scenario('once ordering', async ({ EE, events }, log) => {
  const e = new EE();
  events.once(e, 'x').then((v) => log('then', v));
  Promise.resolve().then(() => log('micro 1')).then(() => log('micro 2')).then(() => log('micro 3')).then(() => log('micro 4'));
  e.emit('x', 'v');
  process.nextTick(() => log('nextTick'));
  await ticks();
});

scenario('once options', async ({ EE, events }, log) => {
  const e = new EE();
  for (const o of [{ signal: 1 }, { signal: null }, { signal: {} }, null, 5, 'str']) {
    const p = events.once(e, 'x', o);
    e.emit('x', 'emitted');
    await log.settle(`once opts ${util.inspect(o)}`, p);
  }
  log(e.listenerCount('x'), e.listenerCount('error'));
  await log.settle('once bad emitter', events.once({}, 'x'));
  await log.settle('once bad emitter 2', events.once(5, 'x'));
});

scenario('once with AbortSignal', async ({ EE, events }, log) => {
  const e = new EE();
  const ac = new AbortController();
  const p = events.once(e, 'x', { signal: ac.signal });
  log(e.listenerCount('x'), e.listenerCount('error'));
  ac.abort();
  await log.settle('aborted', p);
  log(e.listenerCount('x'), e.listenerCount('error'));
  const ac2 = new AbortController();
  ac2.abort('why');
  await log.settle('pre-aborted', events.once(e, 'x', { signal: ac2.signal }));
  const ac3 = new AbortController();
  const p3 = events.once(e, 'x', { signal: ac3.signal });
  e.emit('x', 1);
  await log.settle('resolved', p3);
  ac3.abort();
  log(e.listenerCount('x'));
  const ac4 = new AbortController();
  const p4 = events.once(e, 'x', { signal: ac4.signal });
  ac4.abort(new Error('reason err'));
  await log.settle('abort with reason', p4);
});

scenario('once with EventTarget', async ({ EventTarget, Event, events }, log) => {
  const et = new EventTarget();
  const p = events.once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [ev] = await p;
  log(ev.type, ev instanceof Event);
  log(events.getEventListeners(et, 'ping'));
  const ac = new AbortController();
  const p2 = events.once(et, 'ping', { signal: ac.signal });
  log(events.getEventListeners(et, 'ping').length);
  ac.abort();
  await log.settle('et aborted', p2);
  log(events.getEventListeners(et, 'ping').length);
  const p3 = events.once(et, 'error');
  et.dispatchEvent(new Event('error'));
  log((await p3)[0].type);
});

// ------------------------------------------------------------------------------------------------
// events.on

scenario('on basic iteration', async ({ EE, events }, log) => {
  const e = new EE();
  const it = events.on(e, 'data');
  log(e.listenerCount('data'), e.listenerCount('error'), Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  log(it[Symbol.asyncIterator]() === it, Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.prototype);
  process.nextTick(() => { e.emit('data', 1); e.emit('data', 2, 3); e.emit('data'); e.emit('end'); });
  let n = 0;
  for await (const value of it) {
    log('value', value);
    if (++n === 3) break;
  }
  log(e.listenerCount('data'), e.listenerCount('error'));
});

scenario('on error ends', async ({ EE, events }, log) => {
  const e = new EE();
  const it = events.on(e, 'data');
  e.emit('data', 'a');
  e.emit('error', new Error('stop'));
  e.emit('data', 'ignored');
  log(e.listenerCount('data'), e.listenerCount('error'));
  await log.settle('next 1', it.next());
  await log.settle('next 2', it.next());
  await log.settle('next 3', it.next());
  const e2 = new EE();
  const it2 = events.on(e2, 'data');
  const pending = it2.next();
  e2.emit('error', new Error('pending'));
  await log.settle('pending', pending);
  await log.settle('after', it2.next());
});

scenario('on error event itself', async ({ EE, events }, log) => {
  const e = new EE();
  const it = events.on(e, 'error');
  log(e.listenerCount('error'));
  e.emit('error', new Error('as data'));
  const r = await it.next();
  log('next', r.done, r.value.length, r.value[0].message);
  await log.settle('return', it.return());
  log(e.listenerCount('error'));
});

scenario('on close option', async ({ EE, events }, log) => {
  const e = new EE();
  const it = events.on(e, 'data', { close: ['end', 'finish'] });
  log(e.eventNames());
  e.emit('data', 1);
  e.emit('data', 2);
  e.emit('finish');
  log(e.eventNames());
  for await (const v of it) log('v', v);
  log('loop done');
  const e2 = new EE();
  const it2 = events.on(e2, 'data', { close: ['end'] });
  const p = it2.next();
  e2.emit('end');
  await log.settle('pending closed', p);
  const it3 = events.on(e2, 'data', { close: 'xy' });
  log(e2.eventNames());
  await it3.return();
  log(e2.eventNames());
});

scenario('on return/throw', async ({ EE, events }, log) => {
  const e = new EE();
  const it = events.on(e, 'data');
  const p1 = it.next();
  const p2 = it.next();
  await log.settle('return', it.return());
  await log.settle('p1', p1);
  await log.settle('p2', p2);
  await log.settle('next after return', it.next());
  const it2 = events.on(e, 'data');
  log.try('throw non-error', () => it2.throw('x'));
  log.try('throw undefined', () => it2.throw());
  log.try('throw error', () => it2.throw(new Error('thrown in')));
  await log.settle('next after throw', it2.next());
  await log.settle('next after throw 2', it2.next());
  log(e.listenerCount('data'), e.listenerCount('error'));
});

scenario('on signal', async ({ EE, events }, log) => {
  const e = new EE();
  const ac = new AbortController();
  const it = events.on(e, 'data', { signal: ac.signal });
  e.emit('data', 1);
  const first = await it.next();
  log(first);
  const p = it.next();
  ac.abort();
  await log.settle('aborted next', p);
  await log.settle('after abort', it.next());
  log(e.listenerCount('data'));
  const ac2 = new AbortController();
  ac2.abort();
  log.try('pre-aborted', () => events.on(e, 'data', { signal: ac2.signal }));
  log.try('bad signal', () => events.on(e, 'data', { signal: 'no' }));
  const ac3 = new AbortController();
  const it3 = events.on(e, 'data', { signal: ac3.signal });
  e.emit('data', 'buffered');
  ac3.abort('reason');
  await log.settle('buffered then abort 1', it3.next());
  await log.settle('buffered then abort 2', it3.next());
});

scenario('on watermarks', async ({ EE, events }, log) => {
  class Pausable extends EE {
    pause() { log('pause'); }
    resume() { log('resume'); }
  }
  const e = new Pausable();
  const it = events.on(e, 'data', { highWaterMark: 3, lowWaterMark: 1 });
  const wm = it[Symbol.for('nodejs.watermarkData')];
  log(wm.size, wm.low, wm.high, wm.isPaused);
  for (let i = 0; i < 5; i++) e.emit('data', i);
  log(wm.size, wm.isPaused);
  for (let i = 0; i < 5; i++) log((await it.next()).value, wm.size, wm.isPaused);
  for (const o of [{ highWaterMark: 0 }, { highWaterMark: 1.5 }, { highWaterMark: 'x' }, { lowWaterMark: 0 }, { highWatermark: 2, lowWatermark: -1 }, { highWaterMark: null }]) {
    log.try(`opts ${util.inspect(o)}`, () => { const i = events.on(e, 'q', o); const d = i[Symbol.for('nodejs.watermarkData')]; i.return(); return [d.low, d.high]; });
  }
});

scenario('on EventTarget', async ({ EventTarget, Event, events }, log) => {
  const et = new EventTarget();
  const it = events.on(et, 'tick');
  et.dispatchEvent(new Event('tick'));
  et.dispatchEvent(new Event('tick'));
  const a = await it.next();
  log(a.done, a.value.length, a.value[0].type);
  log(events.getEventListeners(et, 'tick').length, events.getEventListeners(et, 'error').length);
  await it.return();
  log(events.getEventListeners(et, 'tick').length);
  log.try('on(non-emitter)', () => events.on({}, 'x'));
  log.try('on(null opts)', () => events.on(new EventTarget(), 'x', null));
});

// ------------------------------------------------------------------------------------------------
// getEventListeners / setMaxListeners on EventTargets / addAbortListener

scenario('getEventListeners', ({ EE, EventTarget, events }, log) => {
  const e = new EE();
  const f = () => {};
  e.on('a', f);
  e.once('a', f);
  log(events.getEventListeners(e, 'a'), events.getEventListeners(e, 'b'));
  const et = new EventTarget();
  const obj = { handleEvent() {} };
  et.addEventListener('a', f);
  et.addEventListener('a', obj);
  et.addEventListener('a', f, { capture: true });
  log(events.getEventListeners(et, 'a').map((l) => (l === obj ? 'obj' : l === f ? 'f' : '?')));
  log(events.getEventListeners(et, 'zzz'));
  for (const v of [{}, 5, 'str', [], Object.create(null)]) log.try(`getEventListeners(${util.inspect(v)})`, () => events.getEventListeners(v, 'a'));
  log(events.getEventListeners({ listeners: (t) => [`custom ${t}`] }, 'a'));
});

scenario('setMaxListeners on EventTargets', ({ EE, EventTarget, events }, log) => {
  const et = new EventTarget();
  log(events.getMaxListeners(et));
  events.setMaxListeners(2, et);
  log(events.getMaxListeners(et));
  et.addEventListener('a', () => {});
  et.addEventListener('a', () => {});
  et.addEventListener('a', () => {});
  et.addEventListener('a', () => {});
  et.addEventListener('b', () => {});
  et.addEventListener('b', () => {});
  et.addEventListener('b', () => {});
  events.setMaxListeners(2, et);
  et.addEventListener('b', () => {});
  events.setMaxListeners(0, et);
  log.try('getMaxListeners 0', () => events.getMaxListeners(et));
  EE.defaultMaxListeners = 1;
  const et2 = new EventTarget();
  log(events.getMaxListeners(et2));
  et2.addEventListener('x', () => {});
  et2.addEventListener('x', () => {});
  class MyTarget extends EventTarget {}
  const mt = new MyTarget();
  mt.addEventListener('x', () => {});
  mt.addEventListener('y', () => {});
  mt.addEventListener('y', () => {});
  log.try('setMaxListeners(-1, et)', () => events.setMaxListeners(-1, et));
  log.try('setMaxListeners("1", et)', () => events.setMaxListeners('1', et));
});

scenario('addAbortListener', async ({ events }, log) => {
  const ac = new AbortController();
  const d = events.addAbortListener(ac.signal, (e) => log('abort listener', e.type));
  log(typeof d[Symbol.dispose], Object.getPrototypeOf(d));
  ac.abort();
  const ac2 = new AbortController();
  ac2.abort();
  events.addAbortListener(ac2.signal, (...args) => log('pre-aborted listener', args.length));
  log('sync after');
  await ticks();
  const ac3 = new AbortController();
  const d3 = events.addAbortListener(ac3.signal, () => log('should not run'));
  d3[Symbol.dispose]();
  ac3.abort();
  log.try('no signal', () => events.addAbortListener());
  log.try('bad signal', () => events.addAbortListener({}, () => {}));
  log.try('bad listener', () => events.addAbortListener(new AbortController().signal, 'x'));
});

// ------------------------------------------------------------------------------------------------
// EventTarget / Event / CustomEvent

scenario('Event basics', ({ Event }, log) => {
  const e = new Event('foo');
  log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.target, e.currentTarget, e.srcElement,
    e.eventPhase, e.returnValue, e.cancelBubble, e.isTrusted, e.composedPath(), typeof e.timeStamp);
  e.preventDefault();
  log(e.defaultPrevented, e.returnValue);
  const c = new Event('bar', { cancelable: true, bubbles: 1, composed: 'yes' });
  log(c.cancelable, c.bubbles, c.composed);
  c.preventDefault();
  log(c.defaultPrevented, c.returnValue);
  c.cancelBubble = false;
  log(c.cancelBubble);
  c.cancelBubble = true;
  log(c.cancelBubble);
  c.stopPropagation();
  c.stopImmediatePropagation();
  log(Object.prototype.toString.call(c), String(c), Object.keys(c), Object.getOwnPropertyNames(c));
  log(Object.keys(Event.prototype), Object.getOwnPropertyNames(Event));
  log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, Event.prototype.NONE);
  log(new Event(1).type, new Event(null).type, new Event(undefined).type, new Event({ toString: () => 'obj' }).type);
  log.try('Event()', () => new Event());
  log.try('Event symbol', () => new Event(Symbol('s')));
  for (const o of [null, undefined, 5, 'str', [], () => {}, true]) log.try(`Event opts ${util.inspect(o)}`, () => new Event('x', o).type);
  log.try('Event call', () => Event('x'));
  const i = new Event('init');
  i.initEvent('renamed', true, true);
  log(i.type, i.bubbles, i.cancelable);
  log.try('initEvent()', () => i.initEvent());
  log(Event.length, Event.name, typeof Event.prototype.composedPath);
});

scenario('Event getters wrong this', ({ Event, CustomEvent }, log) => {
  for (const k of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable', 'defaultPrevented', 'timeStamp',
    'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble']) {
    const d = Object.getOwnPropertyDescriptor(Event.prototype, k);
    log.try(`get ${k}`, () => d.get.call({}));
  }
  for (const k of ['preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath']) {
    log.try(`call ${k}`, () => Event.prototype[k].call({}));
  }
  log.try('isTrusted', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));
  log.try('detail', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
  log.try('set cancelBubble', () => Object.getOwnPropertyDescriptor(Event.prototype, 'cancelBubble').set.call({}, true));
});

scenario('CustomEvent', ({ CustomEvent, Event }, log) => {
  const c = new CustomEvent('c', { detail: { a: 1 } });
  log(c.detail, c.type, c instanceof Event, Object.prototype.toString.call(c));
  log(new CustomEvent('d').detail, new CustomEvent('d', { detail: undefined }).detail, new CustomEvent('d', { detail: 0 }).detail);
  log.try('CustomEvent()', () => new CustomEvent());
  log.try('CustomEvent bad opts', () => new CustomEvent('x', 5));
  log(Object.keys(CustomEvent.prototype), Object.getOwnPropertyNames(CustomEvent.prototype), CustomEvent.length);
  log.try('detail on null-detail event', () => new CustomEvent('x', { detail: null }).detail);
});

scenario('EventTarget basics', ({ EventTarget, Event }, log) => {
  const et = new EventTarget();
  const calls = [];
  function a(e) { calls.push(['a', this === et, e.type, e.target === et, e.currentTarget === et, e.eventPhase, e.composedPath().length]); }
  const b = (e) => calls.push(['b', e.currentTarget === et, e.eventPhase]);
  const obj = { handleEvent(e) { calls.push(['obj', this === obj, e.type]); } };
  et.addEventListener('x', a);
  et.addEventListener('x', a);
  et.addEventListener('x', b, true);
  et.addEventListener('x', obj);
  const ev = new Event('x');
  log(et.dispatchEvent(ev), calls);
  log(ev.target === et, ev.currentTarget, ev.eventPhase, ev.composedPath());
  calls.length = 0;
  et.removeEventListener('x', b);
  et.dispatchEvent(new Event('x'));
  log('capture mismatch', calls.length);
  et.removeEventListener('x', b, { capture: true });
  et.removeEventListener('x', a, true);
  calls.length = 0;
  et.dispatchEvent(new Event('x'));
  log(calls);
  log(Object.keys(EventTarget.prototype), Object.getOwnPropertyNames(EventTarget.prototype), Object.prototype.toString.call(et));
  log(util.inspect(et), util.inspect(et, { depth: -1 }), util.inspect({ nested: { et } }, { depth: 0 }), util.inspect([et]));
  class Sub extends EventTarget {}
  log(util.inspect(new Sub()), Object.keys(et));
});

scenario('EventTarget once/signal/passive', async ({ EventTarget, Event }, log) => {
  const et = new EventTarget();
  et.addEventListener('x', () => log('once'), { once: true });
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  const ac = new AbortController();
  et.addEventListener('y', () => log('signal listener'), { signal: ac.signal });
  et.dispatchEvent(new Event('y'));
  ac.abort();
  et.dispatchEvent(new Event('y'));
  et.addEventListener('z', () => log('never'), { signal: ac.signal });
  et.dispatchEvent(new Event('z'));
  log.try('bad signal', () => et.addEventListener('w', () => {}, { signal: 'x' }));
  et.addEventListener('p', (e) => { e.preventDefault(); log('passive pd', e.defaultPrevented); }, { passive: true });
  const pe = new Event('p', { cancelable: true });
  log(et.dispatchEvent(pe), pe.defaultPrevented);
  for (const o of [null, undefined, true, false, 5, 'str', { once: 1 }, () => {}, []]) {
    log.try(`options ${util.inspect(o)}`, () => { et.addEventListener('o', () => log('opt listener'), o); return et.dispatchEvent(new Event('o')); });
  }
});

scenario('EventTarget dispatch semantics', async ({ EventTarget, Event }, log) => {
  const et = new EventTarget();
  et.addEventListener('c', (e) => { log('1'); e.stopImmediatePropagation(); });
  et.addEventListener('c', () => log('2 (not called)'));
  et.dispatchEvent(new Event('c'));
  const ev = new Event('d', { cancelable: true });
  et.addEventListener('d', (e) => e.preventDefault());
  log(et.dispatchEvent(ev), ev.defaultPrevented);
  et.addEventListener('r', (e) => {
    log('in r', e.eventPhase);
    log.try('recursive', () => et.dispatchEvent(e));
  });
  et.dispatchEvent(new Event('r'));
  et.addEventListener('r2', () => {});
  let again = true;
  et.addEventListener('r2', (e) => {
    log('second listener', e.eventPhase, e.currentTarget);
    if (again) {
      again = false;
      log.try('recursive after first', () => et.dispatchEvent(e));
    }
  });
  et.dispatchEvent(new Event('r2'));
  const order = new EventTarget();
  const l2 = () => log('l2');
  order.addEventListener('o', () => { log('l1'); order.removeEventListener('o', l2); order.addEventListener('o', () => log('l4 added')); });
  order.addEventListener('o', l2);
  order.addEventListener('o', () => log('l3'));
  order.dispatchEvent(new Event('o'));
  order.dispatchEvent(new Event('o'));
  const last = new EventTarget();
  last.addEventListener('l', () => { log('only'); last.addEventListener('l', () => log('added at end')); });
  last.dispatchEvent(new Event('l'));
  log.try('dispatch non-event', () => et.dispatchEvent({ type: 'x' }));
  log.try('dispatch none', () => et.dispatchEvent());
  log.try('dispatch string', () => et.dispatchEvent('x'));
  log(et.dispatchEvent(new Event('nobody')));
  const reused = new Event('u');
  et.dispatchEvent(reused);
  log(et.dispatchEvent(reused), reused.target === et);
});

scenario('EventTarget listener errors', async ({ EventTarget, Event }, log) => {
  const et = new EventTarget();
  et.addEventListener('e', () => { throw new Error('sync throw'); });
  et.addEventListener('e', () => log('after thrower'));
  et.addEventListener('e', async () => { throw new Error('async throw'); });
  et.addEventListener('e', { handleEvent() { throw new Error('handleEvent throw'); } });
  et.addEventListener('e', { notHandleEvent: 1 });
  log(et.dispatchEvent(new Event('e')));
  log('sync done');
  await ticks();
});

scenario('EventTarget argument errors', ({ EventTarget }, log) => {
  const et = new EventTarget();
  log.try('add no args', () => et.addEventListener());
  log.try('add one arg', () => et.addEventListener('x'));
  log.try('add null', () => et.addEventListener('x', null));
  log.try('add undefined', () => et.addEventListener('x', undefined));
  for (const v of [1, 'str', true, Symbol('s')]) log.try(`add ${typeof v}`, () => et.addEventListener('x', v));
  log.try('add symbol type', () => et.addEventListener(Symbol('t'), () => {}));
  log.try('remove no args', () => et.removeEventListener());
  log.try('remove one arg', () => et.removeEventListener('x'));
  log.try('remove null', () => et.removeEventListener('x', null));
  log.try('remove number', () => et.removeEventListener('x', 1));
  log.try('remove symbol type', () => et.removeEventListener(Symbol('t'), () => {}));
  log.try('remove unknown', () => et.removeEventListener('nope', () => {}));
  for (const m of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    log.try(`${m} wrong this`, () => EventTarget.prototype[m].call({}, 'x', () => {}));
  }
  log.try('EventTarget call', () => EventTarget());
  const f = () => {};
  et.addEventListener(1, f);
  et.addEventListener('1', f);
  et.addEventListener(null, f);
  log(require('events').getEventListeners === undefined);
});

scenario('EventTarget numeric and object types', ({ EventTarget, Event, events }, log) => {
  const et = new EventTarget();
  const f = (e) => log('got', e.type);
  et.addEventListener(1, f);
  et.addEventListener({ toString: () => 'obj' }, f);
  et.dispatchEvent(new Event('1'));
  et.dispatchEvent(new Event('obj'));
  log(events.getEventListeners(et, '1').length, events.getEventListeners(et, 1).length);
});

// ------------------------------------------------------------------------------------------------
// Random operation sequences on an EventEmitter

let seed = Number(process.env.SEED || 7);
function rand() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
for (let round = 0; round < Number(process.env.ROUNDS || 150); round++) {
  const ops = [];
  for (let i = 0; i < 30; i++) ops.push([Math.floor(rand() * 11), Math.floor(rand() * 3), Math.floor(rand() * 4)]);
  scenario(`random ops ${round}`, ({ EE }, log) => {
    const e = new EE();
    const types = ['a', 'b', 'removeListener'];
    const fns = [0, 1, 2, 3].map((i) => function listener(...args) { log(`L${i}`, args.length); });
    for (const [op, t, f] of ops) {
      const type = types[t];
      const fn = fns[f];
      switch (op) {
        case 0: e.on(type, fn); break;
        case 1: e.once(type, fn); break;
        case 2: e.prependListener(type, fn); break;
        case 3: e.prependOnceListener(type, fn); break;
        case 4: e.removeListener(type, fn); break;
        case 5: log('emit', type, e.emit(type, 'x')); break;
        case 6: e.removeAllListeners(type); break;
        case 7: if (f === 0) e.removeAllListeners(); break;
        case 8: log(e.eventNames(), e.listenerCount(type), e.listenerCount(type, fn)); break;
        case 9: log(e.listeners(type).map((l) => fns.indexOf(l)), e.rawListeners(type).length); break;
        default: log(util.inspect(e._events), e._eventsCount);
      }
    }
  });
}

// ------------------------------------------------------------------------------------------------

(async () => {
  for (const [name, fn] of scenarios) {
    const a = await runOn('coil', fn);
    const e = await runOn('node', fn);
    if (a === e) {
      passed++;
      if (verbose) console.log(`ok   ${name}`);
    } else {
      failed++;
      const al = a.split('\n');
      const el = e.split('\n');
      const out = [];
      for (let i = 0; i < Math.max(al.length, el.length); i++) {
        if (al[i] !== el[i]) out.push(`  line ${i + 1}\n    coil: ${al[i]}\n    node: ${el[i]}`);
      }
      console.log(`FAIL ${name}\n${out.slice(0, 8).join('\n')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
})();
