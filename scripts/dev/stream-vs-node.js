#!/usr/bin/env node
'use strict';
// Compares coil's stdlib/stream.js + internal/streams/* (run under node with the stdlib shim,
// on top of coil's events and node's Buffer / string_decoder / AbortController) against node's
// stream module: each scenario runs once against each implementation and logs what it observes
// (events in order, relative to markers for the end of the synchronous part, the first nextTick
// wave and the microtasks after it; return values, state fields, errors); the logs must
// match.
//
//   node scripts/dev/stream-vs-node.js     # VERBOSE=1 prints passing cases too
//   ONLY=substr (run matching scenarios), DUMP='exact name' (print coil's log of one scenario),
//   SEED=n ROUNDS=n (the random operation sequences at the end)
//
// Prints every mismatch and ends with `N passed, M failed`.

const util = require('util');
const { createStdlib } = require('./stdlib-shim');

const coilRequire = createStdlib({
  bindings: { process_methods: { performanceNow: () => performance.now() } },
  overrides: {
    'internal/util/inspect': () => ({ inspect: util.inspect, format: util.format, formatWithOptions: util.formatWithOptions }),
    'internal/process/task_queues': () => ({ queueMicrotask, nextTick: process.nextTick }),
    buffer: () => require('buffer'),
    string_decoder: () => require('string_decoder'),
    'internal/abort_controller': () => ({ AbortController, AbortSignal }),
  },
});
const coilStream = coilRequire('stream');
const coilPromises = coilRequire('stream/promises');
const nodeStream = require('stream');
const nodePromises = require('stream/promises');

const apis = {
  coil: { stream: coilStream, promises: coilPromises, EE: coilRequire('events') },
  node: { stream: nodeStream, promises: nodePromises, EE: require('events') },
};

let passed = 0;
let failed = 0;
const verbose = process.env.VERBOSE === '1';
const only = process.env.ONLY;

// ------------------------------------------------------------------------------------------------
// Logging

let currentLog = null;
function fmt(v) {
  if (v instanceof Error || (v && typeof v === 'object' && typeof v.message === 'string' && 'stack' in v)) {
    const extra = [];
    for (const k of Object.keys(v)) if (k !== 'code' && k !== 'errors') extra.push(`${k}=${fmt(v[k])}`);
    if (Array.isArray(v.errors)) extra.push(`errors=[${v.errors.map(fmt).join(',')}]`);
    return `Err(${v.name}|${v.code}|${v.message}${extra.length ? `|${extra.join(',')}` : ''}${v.cause !== undefined ? `|cause=${fmt(v.cause)}` : ''})`;
  }
  if (v instanceof apis.coil.stream || v instanceof apis.node.stream) return `Stream(${v.constructor.name})`;
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
  // Logs every listed event of a stream, with its arguments.
  log.events = (name, s, events = ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe']) => {
    for (const ev of events) s.on(ev, (...args) => log(`${name}:${ev}`, ...args.map((a) => (a && typeof a === 'object' && typeof a.on === 'function' ? `<${a.constructor.name}>` : a))));
  };
  return log;
}

const ticks = (n = 3) => new Promise((resolve) => {
  let i = 0;
  const step = () => (++i >= n ? resolve() : setImmediate(step));
  setImmediate(step);
});
const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

process.on('uncaughtException', (err) => {
  if (currentLog) currentLog('uncaught', err);
  else throw err;
});
process.on('unhandledRejection', (err) => {
  if (currentLog) currentLog('unhandledRejection', err);
  else throw err;
});
const realEmitWarning = process.emitWarning;
process.emitWarning = function(w, ...rest) {
  if (currentLog) {
    currentLog('warning', typeof w === 'string' ? w : `${w.name}: ${w.message}`, rest[0]);
    return;
  }
  return realEmitWarning.call(this, w, ...rest);
};

async function runOn(which, fn) {
  const log = makeLog();
  currentLog = log;
  const api = apis[which];
  const hwm = [api.stream.getDefaultHighWaterMark(false), api.stream.getDefaultHighWaterMark(true)];
  try {
    // The synchronous part runs in a macrotask, like a script's top level. Markers show what
    // happened synchronously, in the first nextTick wave and in the microtasks after it.
    const result = await new Promise((resolve) => setImmediate(() => {
      let res;
      try {
        res = fn({ ...api.stream, ...api, Buffer }, log);
      } catch (e) {
        log('scenario threw', e);
      }
      log('~~ sync end');
      process.nextTick(() => log('~~ nextTick'));
      queueMicrotask(() => log('~~ microtask'));
      resolve([res]);
    }));
    await result[0];
    await ticks(6);
  } catch (e) {
    log('scenario threw', e);
  } finally {
    api.stream.setDefaultHighWaterMark(false, hwm[0]);
    api.stream.setDefaultHighWaterMark(true, hwm[1]);
    currentLog = null;
  }
  return log.lines.join('\n');
}

const scenarios = [];
function scenario(name, fn) {
  scenarios.push([name, fn]);
}

// A Writable that records writes and calls back synchronously or after `delay` ms.
function recorder(S, log, name, opts = {}) {
  const { delay = -1, ...rest } = opts;
  return new S.Writable({
    write(chunk, enc, cb) {
      log(`${name}._write`, chunk, enc);
      if (delay < 0) cb();
      else if (delay === 0) process.nextTick(cb);
      else setTimeout(cb, delay);
    },
    ...rest,
  });
}

// ------------------------------------------------------------------------------------------------
// Module shape

scenario('module keys', (S, log) => {
  log(Object.keys(S.stream));
  log(Object.getOwnPropertyNames(S.Readable).sort());
  log(Object.getOwnPropertyNames(S.Readable.prototype));
  log(Object.getOwnPropertyNames(S.Writable.prototype));
  log(Object.getOwnPropertyNames(S.Duplex.prototype));
  log(Object.getOwnPropertyNames(S.Transform.prototype), Object.getOwnPropertyNames(S.PassThrough.prototype));
  for (const k of ['pipeline', 'finished', 'destroy', 'compose', 'addAbortSignal', 'duplexPair', 'isReadable', 'setDefaultHighWaterMark']) {
    log(k, S.stream[k].name, S.stream[k].length);
  }
  for (const k of ['map', 'filter', 'toArray', 'reduce', 'take', 'drop', 'flatMap', 'forEach', 'some', 'every', 'find', 'compose']) {
    log(k, S.Readable.prototype[k].name, S.Readable.prototype[k].length);
  }
  log(S.stream.Stream === S.stream, typeof S.stream.promises.pipeline, S.promises === S.stream.promises);
  log(util.promisify(S.stream.pipeline) === S.promises.pipeline, util.promisify(S.stream.finished) === S.promises.finished);
  log(S.Readable.prototype instanceof S.stream, Object.getPrototypeOf(S.Duplex.prototype) === S.Readable.prototype);
  log(new S.Duplex() instanceof S.Writable, new S.PassThrough() instanceof S.Writable, new S.Readable() instanceof S.Writable);
  log(S.Readable.ReadableState.name, S.Writable.WritableState.name);
});

scenario('inspect shapes', (S, log) => {
  const r = new S.Readable({ read() {} });
  log(util.inspect(r, { depth: 0 }));
  log(util.inspect(r._readableState));
  r.push('ab');
  r.setEncoding('hex');
  log(util.inspect(r._readableState, { depth: 0 }));
  const w = new S.Writable({ write(c, e, cb) { cb(); } });
  log(util.inspect(w._writableState));
  w.write('x');
  log(util.inspect(w._writableState));
  const d = new S.Duplex({ objectMode: true });
  log(util.inspect(d, { depth: 0 }));
  log(util.inspect(d._readableState), util.inspect(d._writableState));
  const t = new S.PassThrough();
  log(util.inspect(t, { depth: 0 }));
  log(Object.keys(t), Object.keys(r), Object.keys(w));
});

scenario('state fields', (S, log) => {
  const r = new S.Readable({ read() {}, highWaterMark: 5, encoding: 'utf8' });
  const st = r._readableState;
  for (const k of ['objectMode', 'ended', 'endEmitted', 'reading', 'constructed', 'sync', 'needReadable', 'emittedReadable',
    'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose', 'autoDestroy', 'destroyed', 'closed', 'closeEmitted',
    'multiAwaitDrain', 'readingMore', 'dataEmitted', 'errored', 'defaultEncoding', 'encoding', 'flowing', 'pipesCount', 'paused',
    'highWaterMark', 'length']) log(k, st[k]);
  log(st.decoder && st.decoder.encoding);
  const w = new S.Writable({ highWaterMark: 3, decodeStrings: false, defaultEncoding: 'latin1', objectMode: false });
  const ws = w._writableState;
  for (const k of ['objectMode', 'finalCalled', 'needDrain', 'ending', 'ended', 'finished', 'destroyed', 'decodeStrings', 'writing', 'sync',
    'bufferProcessing', 'constructed', 'prefinished', 'errorEmitted', 'emitClose', 'autoDestroy', 'closed', 'closeEmitted', 'allBuffers',
    'allNoop', 'errored', 'writable', 'defaultEncoding', 'writecb', 'afterWriteTickInfo', 'buffered', 'bufferedRequestCount',
    'length', 'corked', 'pendingcb', 'writelen', 'highWaterMark']) log(k, ws[k]);
  log(ws.getBuffer());
});

scenario('constructor options errors', (S, log) => {
  log.try('hwm -1', () => new S.Readable({ highWaterMark: -1 }));
  log.try('hwm 1.5', () => new S.Writable({ highWaterMark: 1.5 }));
  log.try('hwm str', () => new S.Readable({ highWaterMark: '5' }));
  log.try('duplex rhwm', () => new S.Duplex({ readableHighWaterMark: -2 }));
  log.try('duplex whwm', () => new S.Duplex({ writableHighWaterMark: NaN }));
  log.try('defaultEncoding bad', () => new S.Readable({ defaultEncoding: 'nope' }));
  log.try('w defaultEncoding bad', () => new S.Writable({ defaultEncoding: 'nope' }));
  log.try('encoding bad', () => new S.Readable({ encoding: 'nope' }));
  log.try('without new', () => S.Readable({ objectMode: true }).readableObjectMode);
  log.try('w without new', () => S.Writable().writableHighWaterMark);
  log.try('d without new', () => S.Duplex({ allowHalfOpen: false }).allowHalfOpen);
  log.try('t without new', () => S.Transform().readableHighWaterMark);
  log.try('p without new', () => S.PassThrough({ objectMode: true }).writableHighWaterMark);
  log.try('hwm float ok', () => new S.Readable({ highWaterMark: 3.0 }).readableHighWaterMark);
  log.try('duplex hwms', () => { const d = new S.Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 }); return [d.readableHighWaterMark, d.writableHighWaterMark]; });
  log.try('duplex hwm wins', () => { const d = new S.Duplex({ highWaterMark: 2, readableHighWaterMark: 3, writableHighWaterMark: 7 }); return [d.readableHighWaterMark, d.writableHighWaterMark]; });
  log.try('duplex om', () => { const d = new S.Duplex({ readableObjectMode: true }); return [d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark]; });
  log.try('transform rhwm 0', () => { const t = new S.Transform({ readableHighWaterMark: 0 }); return [t.readableHighWaterMark, t.writableHighWaterMark]; });
});

scenario('default highWaterMark', (S, log) => {
  log(S.getDefaultHighWaterMark(false), S.getDefaultHighWaterMark(true));
  S.setDefaultHighWaterMark(false, 10);
  S.setDefaultHighWaterMark(true, 3);
  log(new S.Readable().readableHighWaterMark, new S.Readable({ objectMode: true }).readableHighWaterMark);
  log(new S.Writable().writableHighWaterMark, new S.Writable({ objectMode: true }).writableHighWaterMark);
  log.try('bad', () => S.setDefaultHighWaterMark(false, -1));
  log.try('bad2', () => S.setDefaultHighWaterMark(true, 'x'));
  log.try('bad3', () => S.setDefaultHighWaterMark(true, 1.5));
});

// ------------------------------------------------------------------------------------------------
// Readable basics

scenario('flowing push sync', (S, log) => {
  const r = new S.Readable({ read() { log('_read'); } });
  log.events('r', r);
  log('push', r.push('a'), r.push('b'));
  log('push null', r.push(null));
  log('flowing', r.readableFlowing, r.readableLength);
});

scenario('paused readable event', (S, log) => {
  const r = new S.Readable({ read(n) { log('_read', n); } });
  r.push('hello');
  r.push(' world');
  r.on('readable', () => {
    let c;
    log('readable', r.readableLength);
    while ((c = r.read()) !== null) log('read', c);
  });
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  setTimeout(() => { r.push('more'); r.push(null); }, 2);
  return later(10);
});

scenario('read(n) sizes', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push(Buffer.from('abcdef'));
  r.push(Buffer.from('ghij'));
  log(r.read(2), r.read(5), r.read(10), r.readableLength, r.read(0));
  r.push(null);
  log(r.read(10), r.read(), r.readableEnded);
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
});

scenario('read(n) string mode and multi-chunk', (S, log) => {
  const r = new S.Readable({ read() {}, encoding: 'utf8' });
  r.push('abc');
  r.push('def');
  r.push('gh');
  log(r.read(4), r.read(1), r.read(3), r.readableLength, r.read());
  log(r.read('2'), r.read(-1));
});

scenario('read beyond hwm raises hwm', (S, log) => {
  const r = new S.Readable({ read() {}, highWaterMark: 4 });
  log(r.read(100), r.readableHighWaterMark);
  log(r.read(1000), r.readableHighWaterMark);
  log.try('huge', () => r.read(2 ** 31));
  r.destroy();
});

scenario('_read called with hwm and on demand', (S, log) => {
  let i = 0;
  const r = new S.Readable({
    highWaterMark: 3,
    read(n) {
      log('_read', n, i);
      if (i < 5) this.push(String(i++));
      else this.push(null);
    },
  });
  r.on('data', (d) => log('data', d));
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
});

scenario('async _read', (S, log) => {
  let i = 0;
  const r = new S.Readable({
    read() {
      log('_read', r.readableLength);
      setTimeout(() => { this.push(i < 3 ? `c${i++}` : null); }, 1);
    },
  });
  log.events('r', r, ['data', 'end', 'close']);
  return later(30);
});

scenario('objectMode readable', (S, log) => {
  const r = new S.Readable({ objectMode: true, read() {} });
  log(r.push({ a: 1 }), r.push(0), r.push(''), r.push(false), r.readableLength);
  for (let i = 0; i < 20; i++) r.push(i);
  log('length', r.readableLength, r.push('x'));
  log(r.read(), r.read(5), r.read(0));
  r.push(null);
  r.on('data', (d) => log('data', d));
  r.on('end', () => log('end'));
});

scenario('pause resume isPaused', (S, log) => {
  const r = new S.Readable({ read() {} });
  log('initial', r.isPaused(), r.readableFlowing);
  r.on('data', (d) => { log('data', d); r.pause(); log('paused', r.isPaused(), r.readableFlowing); setTimeout(() => r.resume(), 1); });
  r.on('pause', () => log('pause event'));
  r.on('resume', () => log('resume event'));
  log('after on', r.isPaused(), r.readableFlowing);
  r.push('a');
  r.push('b');
  r.push('c');
  r.push(null);
  r.on('end', () => log('end'));
  return later(20);
});

scenario('pause before data listener', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.pause();
  r.on('data', (d) => log('data', d));
  r.push('x');
  log(r.readableFlowing, r.isPaused());
  setTimeout(() => { log('resuming'); r.resume(); }, 2);
  return later(10);
});

scenario('resume without listeners drains', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push('x');
  r.push(null);
  r.resume();
  r.on('end', () => log('end', r.readableLength));
  r.on('close', () => log('close'));
  log(r.readableFlowing);
});

scenario('readable then data listener', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.on('readable', () => log('readable', r.read()));
  r.on('data', (d) => log('data', d));
  r.push('a');
  log(r.readableFlowing);
  setTimeout(() => { r.removeAllListeners('readable'); log('removed', r.readableFlowing); r.push('b'); }, 2);
  setTimeout(() => { log('flow now', r.readableFlowing); r.push(null); }, 5);
  r.on('end', () => log('end'));
  return later(15);
});

scenario('once readable cycles', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push('a');
  r.once('readable', () => {
    log('readable 1', r.read());
    r.push('b');
    r.once('readable', () => { log('readable 2', r.read()); r.push(null); r.resume(); });
  });
  r.on('end', () => log('end'));
  return later(10);
});

scenario('push after EOF', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.on('error', (e) => log('error', e));
  r.on('close', () => log('close'));
  r.push(null);
  log('push', r.push('x'));
  log('destroyed', r.destroyed, r.errored);
});

scenario('push after EOF without autoDestroy', (S, log) => {
  const r = new S.Readable({ read() {}, autoDestroy: false });
  r.on('error', (e) => log('error', e));
  r.on('close', () => log('close'));
  r.push(null);
  log('push', r.push('x'));
  log('destroyed', r.destroyed, r.errored);
});

scenario('push invalid chunk', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.on('error', (e) => log('error', e));
  log('push', r.push(42));
  const r2 = new S.Readable({ read() {} });
  r2.on('error', (e) => log('error2', e));
  log('push obj', r2.push({}));
  const r3 = new S.Readable({ read() {} });
  log('push undefined', r3.push(undefined), r3.push(''), r3.push(new Uint8Array([1, 2])), r3.read());
  log('push dataview', r3.push(new DataView(new ArrayBuffer(2))), r3.read());
});

scenario('push unhandled error', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push(null);
  r.push('late');
});

scenario('unshift', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push('world');
  log(r.read(2));
  log(r.unshift('wo'), r.unshift(Buffer.from('hello ')));
  log(r.read(), r.readableLength);
  r.setEncoding('utf8');
  r.push('abc');
  r.unshift('ZZ', 'utf8');
  r.unshift('4142', 'hex');
  log(r.read());
  const o = new S.Readable({ objectMode: true, read() {} });
  o.push(1);
  o.unshift(0);
  log(o.read(), o.read());
});

scenario('unshift after end event', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.on('error', (e) => log('error', e));
  r.on('end', () => { log('end'); log('unshift', r.unshift('x')); });
  r.push(null);
  r.resume();
});

scenario('unshift null ends', (S, log) => {
  const r = new S.Readable({ read() {} });
  log.events('r', r, ['end', 'close']);
  r.push('a');
  log(r.unshift(null));
  r.resume();
  r.on('data', (d) => log('data', d));
});

scenario('setEncoding multibyte split', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.setEncoding('utf8');
  const euro = Buffer.from('€uro ✓ 😀');
  for (let i = 0; i < euro.length; i++) r.push(euro.subarray(i, i + 1));
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(null);
  r.on('data', (d) => log('data', JSON.stringify(d)));
  r.on('end', () => log('end'));
});

scenario('setEncoding after buffering', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(Buffer.from([0xac, 0x41]));
  log(r.readableLength);
  log(r.setEncoding('utf8') === r, r.readableLength, r.readableEncoding);
  log(r.read());
  r.setEncoding('base64');
  r.push(Buffer.from('abcd'));
  log(r.read(), r.readableEncoding);
  r.setEncoding(null);
  log(r.readableEncoding);
  log.try('bad enc', () => r.setEncoding('what'));
});

scenario('encoding option and hex/base64/latin1', (S, log) => {
  for (const enc of ['hex', 'base64', 'latin1', 'ucs2', 'utf16le', 'base64url', 'ascii']) {
    const r = new S.Readable({ read() {}, encoding: enc });
    r.push(Buffer.from([0xff, 0x41, 0x42, 0x43, 0x80]));
    r.push('str');
    r.push(null);
    const out = [];
    r.on('data', (d) => out.push(d));
    r.on('end', () => log(enc, out, r.readableEncoding));
  }
});

scenario('push string with encoding', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push('68656c6c6f', 'hex');
  r.push('aGk=', 'base64');
  log(r.read());
  const r2 = new S.Readable({ read() {}, encoding: 'hex' });
  r2.push('ab', 'hex');
  r2.push('zz', 'utf8');
  log(r2.read());
  const r3 = new S.Readable({ read() {}, defaultEncoding: 'hex' });
  r3.push('6869');
  log(r3.read(), r3._readableState.defaultEncoding);
});

scenario('readable properties lifecycle', (S, log) => {
  const r = new S.Readable({ read() {} });
  const props = () => [r.readable, r.readableEnded, r.readableFlowing, r.readableLength, r.readableDidRead, r.readableAborted, r.destroyed, r.closed, r.errored];
  log('new', props());
  r.push('x');
  log('pushed', props());
  r.on('data', () => log('data', props()));
  r.push(null);
  r.on('end', () => log('end', props()));
  r.on('close', () => log('close', props()));
});

scenario('empty push and push("") behaviours', (S, log) => {
  let n = 0;
  const r = new S.Readable({ read() { log('_read', n); if (n++ < 2) this.push(''); else this.push(null); } });
  r.on('data', (d) => log('data', d));
  r.on('end', () => log('end'));
  r.read(0);
});

scenario('hwm 0 readable', (S, log) => {
  let n = 0;
  const r = new S.Readable({ highWaterMark: 0, read() { log('_read', n); if (n < 3) this.push(String(n++)); else this.push(null); } });
  r.on('readable', () => { let c; while ((c = r.read()) !== null) log('read', c); });
  r.on('end', () => log('end'));
});

scenario('read(0) triggers', (S, log) => {
  const r = new S.Readable({ read() { log('_read'); } });
  log(r.read(0));
  log(r.read(0));
  r.push('x');
  log(r.read(0), r.readableLength);
  r.on('readable', () => log('readable'));
});

scenario('_read throws', (S, log) => {
  const r = new S.Readable({ read() { throw new Error('boom'); } });
  r.on('error', (e) => log('error', e));
  r.on('close', () => log('close'));
  log(r.read());
});

scenario('_read not implemented', (S, log) => {
  const r = new S.Readable();
  r.on('error', (e) => log('error', e));
  r.on('close', () => log('close'));
  r.resume();
});

scenario('_read not implemented uncaught', (S, log) => {
  const r = new S.Readable();
  r.read();
});

scenario('data listener added late gets buffered', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push('a');
  r.push('b');
  setTimeout(() => {
    r.on('data', (d) => log('data', d));
    r.push(null);
    r.on('end', () => log('end'));
  }, 2);
  return later(10);
});

scenario('removing data listener keeps flowing state', (S, log) => {
  const r = new S.Readable({ read() {} });
  const f = (d) => log('data', d);
  r.on('data', f);
  r.push('a');
  setTimeout(() => {
    r.removeListener('data', f);
    log('flowing', r.readableFlowing);
    r.push('b');
    log('len', r.readableLength);
  }, 2);
  return later(10);
});
// ------------------------------------------------------------------------------------------------
// Writable

scenario('write sync callbacks and drain', (S, log) => {
  const w = recorder(S, log, 'w', { highWaterMark: 3 });
  log.events('w', w, ['drain', 'finish', 'prefinish', 'close', 'error']);
  log('write a', w.write('a', () => log('cb a')), w.writableLength, w.writableNeedDrain);
  log('write bcd', w.write('bcd', () => log('cb bcd')), w.writableLength, w.writableNeedDrain);
  w.end(() => log('end cb'));
  log('ended', w.writableEnded, w.writableFinished, w.writable);
});

scenario('write async callbacks and drain', (S, log) => {
  const w = recorder(S, log, 'w', { highWaterMark: 4, delay: 1 });
  log.events('w', w, ['drain', 'finish', 'prefinish', 'close', 'error']);
  for (let i = 0; i < 4; i++) log('write', i, w.write(`ab${i}`, () => log('cb', i)), w.writableLength, w.writableNeedDrain);
  w.once('drain', () => { log('drain -> end'); w.end('z', () => log('end cb')); });
  return later(30);
});

scenario('write nextTick callback', (S, log) => {
  const w = recorder(S, log, 'w', { highWaterMark: 2, delay: 0 });
  log.events('w', w, ['drain', 'finish', 'close']);
  log(w.write('abc', () => log('cb1')), w.write('d', () => log('cb2')), w.writableLength);
  w.end();
  return later(5);
});

scenario('write objectMode', (S, log) => {
  const w = recorder(S, log, 'w', { objectMode: true, highWaterMark: 2 });
  log.events('w', w, ['drain', 'finish', 'close']);
  log(w.write({ a: 1 }), w.write(0), w.write('s'), w.write([]), w.writableLength);
  log.try('null', () => w.write(null));
  w.end();
});

scenario('write objectMode async', (S, log) => {
  const w = recorder(S, log, 'w', { objectMode: true, highWaterMark: 2, delay: 1 });
  log.events('w', w, ['drain', 'finish', 'close']);
  log(w.write(1), w.write(2), w.write(3), w.writableLength, w.writableNeedDrain);
  w.end(4);
  return later(20);
});

scenario('write invalid chunks', (S, log) => {
  const w = recorder(S, log, 'w');
  w.on('error', (e) => log('error', e));
  log.try('null', () => w.write(null));
  log.try('number', () => w.write(1));
  log.try('object', () => w.write({}));
  log.try('undefined', () => w.write(undefined));
  log.try('bad enc', () => w.write('x', 'nope'));
  log.try('buffer enc', () => w.write('x', 'buffer'));
  log.try('typed', () => w.write(new Uint16Array([1, 2])));
  log.try('dataview', () => w.write(new DataView(new ArrayBuffer(3))));
  log.try('end(number)', () => w.end(5));
  log('writable', w.writable, w.destroyed);
});

scenario('write after end', (S, log) => {
  const w = recorder(S, log, 'w');
  log.events('w', w, ['finish', 'close', 'error']);
  w.end('a');
  log('write', w.write('b', (err) => log('write cb', err)));
  log('end again', w.end('c', (err) => log('end cb', err)) === w);
});

scenario('write after end no autoDestroy', (S, log) => {
  const w = recorder(S, log, 'w', { autoDestroy: false });
  log.events('w', w, ['finish', 'close', 'error']);
  w.end();
  log('write', w.write('b', (err) => log('write cb', err)));
  log(w.errored, w.destroyed);
});

scenario('write after end unhandled', (S, log) => {
  const w = recorder(S, log, 'w');
  w.end();
  w.write('b');
});

scenario('end twice callbacks', (S, log) => {
  const w = recorder(S, log, 'w', { delay: 1 });
  log.events('w', w, ['finish', 'close', 'error']);
  w.write('a');
  w.end(() => log('end1'));
  w.end(() => log('end2'));
  setTimeout(() => w.end(() => log('end3 after finish')), 10);
  setTimeout(() => w.end((e) => log('end4 after close', e)), 15);
  return later(25);
});

scenario('end with chunk and encoding', (S, log) => {
  const w = recorder(S, log, 'w', { decodeStrings: false });
  w.end('6869', 'hex', () => log('done'));
  const w2 = recorder(S, log, 'w2');
  w2.end('6869', 'hex');
  const w3 = recorder(S, log, 'w3');
  w3.write('abc', 'latin1');
  w3.setDefaultEncoding('HEX');
  w3.write('4142');
  log.try('bad default', () => w3.setDefaultEncoding('nope'));
  log.try('bad default2', () => w3.setDefaultEncoding(3));
  log(w3._writableState.defaultEncoding);
});

scenario('decodeStrings false', (S, log) => {
  const w = recorder(S, log, 'w', { decodeStrings: false, highWaterMark: 4 });
  log(w.write('héllo'), w.write('ab', 'latin1'), w.write(Buffer.from('x')));
  w.end();
});

scenario('cork uncork writev', (S, log) => {
  const w = new S.Writable({
    highWaterMark: 100,
    write(c, e, cb) { log('_write', c, e); cb(); },
    writev(chunks, cb) { log('_writev', chunks.map((c) => [c.chunk, c.encoding]), chunks.allBuffers); cb(); },
  });
  log.events('w', w, ['drain', 'finish', 'close']);
  w.cork();
  log('corked', w.writableCorked);
  w.write('a', () => log('cb a'));
  w.write('b');
  w.write(Buffer.from('c'), () => log('cb c'));
  log('len', w.writableLength, w.writableBuffer.length, w._writableState.bufferedRequestCount);
  w.cork();
  w.uncork();
  log('still corked', w.writableCorked);
  w.uncork();
  log('uncorked', w.writableCorked, w.writableLength);
  w.cork();
  w.write('d');
  w.end('e');
  log('after end', w.writableCorked);
});

scenario('cork writev decodeStrings false', (S, log) => {
  const w = new S.Writable({
    decodeStrings: false,
    writev(chunks, cb) { log('_writev', chunks.map((c) => [c.chunk, c.encoding]), chunks.allBuffers); setTimeout(cb, 1); },
  });
  log.events('w', w, ['finish', 'close']);
  w.write('x', () => log('cb x'));
  w.write('y', 'latin1', () => log('cb y'));
  w.write('z', () => log('cb z'));
  w.end(() => log('end'));
  return later(15);
});

scenario('writev only', (S, log) => {
  const w = new S.Writable({ writev(chunks, cb) { log('_writev', chunks.length, chunks.map((c) => c.chunk)); cb(); } });
  w.write('a');
  w.write('b');
  w.end();
  w.on('finish', () => log('finish'));
});

scenario('_write not implemented', (S, log) => {
  const w = new S.Writable();
  w.on('error', (e) => log('error', e));
  log.try('write', () => w.write('x'));
  log(w.destroyed, w.writableLength);
});

scenario('callback called twice', (S, log) => {
  const w = new S.Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => log('error', e));
  w.on('close', () => log('close'));
  w.write('x', () => log('cb'));
});

scenario('callback error sync', (S, log) => {
  const w = new S.Writable({ write(c, e, cb) { cb(new Error('bad write')); } });
  log.events('w', w, ['error', 'close', 'finish']);
  log(w.write('x', (e) => log('cb', e)), w.write('y', (e) => log('cb2', e)));
  log(w.errored, w.destroyed, w.writable);
});

scenario('callback error async', (S, log) => {
  const w = new S.Writable({ write(c, e, cb) { setTimeout(() => cb(new Error('later')), 1); } });
  log.events('w', w, ['error', 'close', 'finish']);
  w.write('x', (e) => log('cb', e));
  w.write('y', (e) => log('cb2', e));
  w.end((e) => log('end cb', e));
  return later(10);
});

scenario('callback error no autoDestroy', (S, log) => {
  const w = new S.Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('bad')); } });
  log.events('w', w, ['error', 'close', 'finish']);
  w.write('x', (e) => log('cb', e));
  w.write('y', (e) => log('cb2', e));
  log(w.errored, w.destroyed);
  return later(5);
});

scenario('final', (S, log) => {
  const w = new S.Writable({
    write(c, e, cb) { log('_write', c); cb(); },
    final(cb) { log('_final'); setTimeout(() => { log('final done'); cb(); }, 1); },
  });
  log.events('w', w, ['prefinish', 'finish', 'close']);
  w.write('a');
  w.end('b', () => log('end cb'));
  return later(10);
});

scenario('final sync', (S, log) => {
  const w = new S.Writable({
    write(c, e, cb) { cb(); },
    final(cb) { log('_final'); cb(); },
  });
  log.events('w', w, ['prefinish', 'finish', 'close']);
  w.end(() => log('end cb'));
  log('after end');
});

scenario('final error', (S, log) => {
  const w = new S.Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  log.events('w', w, ['prefinish', 'finish', 'close', 'error']);
  w.end((e) => log('end cb', e));
});

scenario('final throws', (S, log) => {
  const w = new S.Writable({
    write(c, e, cb) { cb(); },
    final() { throw new Error('final threw'); },
  });
  log.events('w', w, ['prefinish', 'finish', 'close', 'error']);
  w.end((e) => log('end cb', e));
});

scenario('final cb twice', (S, log) => {
  const w = new S.Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); cb(); } });
  log.events('w', w, ['prefinish', 'finish', 'close', 'error']);
  w.end();
});

scenario('construct writable', (S, log) => {
  const w = new S.Writable({
    construct(cb) { log('_construct'); setTimeout(() => { log('constructed'); cb(); }, 2); },
    write(c, e, cb) { log('_write', c); cb(); },
    final(cb) { log('_final'); cb(); },
  });
  log.events('w', w, ['finish', 'close', 'drain']);
  log(w.write('a'), w.writableLength);
  w.end('b');
  return later(10);
});

scenario('construct readable', (S, log) => {
  const r = new S.Readable({
    construct(cb) { log('_construct'); setTimeout(() => { log('constructed'); cb(); }, 2); },
    read() { log('_read'); this.push('x'); this.push(null); },
  });
  log.events('r', r, ['data', 'end', 'close', 'readable']);
  log(r.read());
  return later(10);
});

scenario('construct error', (S, log) => {
  const r = new S.Readable({ construct(cb) { cb(new Error('no construct')); }, read() { log('_read'); } });
  log.events('r', r, ['data', 'end', 'close', 'error']);
  r.resume();
});

scenario('construct throws', (S, log) => {
  const w = new S.Writable({ construct() { throw new Error('ctor throw'); }, write(c, e, cb) { cb(); } });
  log.events('w', w, ['finish', 'close', 'error']);
  w.write('a', (e) => log('cb', e));
});

scenario('construct cb twice', (S, log) => {
  const w = new S.Writable({ construct(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
  log.events('w', w, ['finish', 'close', 'error']);
});

scenario('destroy during construct', (S, log) => {
  const d = new S.Duplex({
    construct(cb) { log('_construct'); setTimeout(cb, 2); },
    destroy(err, cb) { log('_destroy', err); cb(err); },
    read() {},
    write(c, e, cb) { cb(); },
  });
  log.events('d', d, ['close', 'error', 'finish', 'end']);
  d.destroy(new Error('early'));
  log(d.destroyed);
  return later(10);
});

scenario('writable properties lifecycle', (S, log) => {
  const w = recorder(S, log, 'w', { delay: 1, highWaterMark: 2 });
  const props = () => [w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableNeedDrain, w.writableCorked, w.writableAborted, w.destroyed, w.closed, w.errored, w.writableObjectMode, w.writableHighWaterMark];
  log('new', props());
  w.write('abc');
  log('written', props());
  w.end();
  log('ended', props());
  w.on('finish', () => log('finish', props()));
  w.on('close', () => log('close', props()));
  return later(10);
});

scenario('writable destroy with pending writes', (S, log) => {
  const w = recorder(S, log, 'w', { delay: 2 });
  log.events('w', w, ['finish', 'close', 'error', 'drain']);
  w.write('a', (e) => log('cb a', e));
  w.write('b', (e) => log('cb b', e));
  w.end((e) => log('end cb', e));
  w.destroy();
  log('after destroy', w.destroyed, w.writableLength);
  w.write('c', (e) => log('cb c', e));
  return later(10);
});

scenario('writable destroy with error', (S, log) => {
  const w = recorder(S, log, 'w', { delay: 2 });
  log.events('w', w, ['finish', 'close', 'error']);
  w.write('a', (e) => log('cb a', e));
  w.write('b', (e) => log('cb b', e));
  w.destroy(new Error('gone'), (e) => log('destroy cb', e));
  w.destroy(new Error('again'), (e) => log('destroy cb2', e));
  return later(10);
});

scenario('write during destroy', (S, log) => {
  const w = new S.Writable({
    write(c, e, cb) { log('_write', c); cb(); },
    destroy(err, cb) { log('_destroy', err); setTimeout(() => cb(err), 2); },
  });
  log.events('w', w, ['finish', 'close', 'error']);
  w.destroy();
  log(w.write('x', (e) => log('cb', e)));
  return later(10);
});

scenario('emitClose false', (S, log) => {
  const w = recorder(S, log, 'w', { emitClose: false });
  log.events('w', w, ['finish', 'close']);
  w.end('x');
  const r = new S.Readable({ read() {}, emitClose: false });
  log.events('r', r, ['end', 'close']);
  r.push(null);
  r.resume();
  setTimeout(() => log('closed?', w.closed, r.closed, w.destroyed, r.destroyed), 2);
  return later(5);
});

scenario('autoDestroy false', (S, log) => {
  const w = recorder(S, log, 'w', { autoDestroy: false });
  log.events('w', w, ['finish', 'close']);
  w.end('x');
  const r = new S.Readable({ read() {}, autoDestroy: false });
  log.events('r', r, ['end', 'close']);
  r.push(null);
  r.resume();
  setTimeout(() => { log('destroyed?', w.destroyed, r.destroyed); w.destroy(); r.destroy(); }, 2);
  return later(6);
});

scenario('hwm 0 writable', (S, log) => {
  const w = recorder(S, log, 'w', { highWaterMark: 0, delay: 1 });
  log.events('w', w, ['drain', 'finish']);
  log(w.write('a'), w.writableNeedDrain);
  w.once('drain', () => { log(w.write('b')); w.end(); });
  return later(10);
});

scenario('many sync writes same cb', (S, log) => {
  const w = recorder(S, log, 'w', { highWaterMark: 2 });
  const cb = () => log('shared cb');
  log.events('w', w, ['drain', 'finish']);
  for (let i = 0; i < 4; i++) log(w.write('x', cb));
  w.end();
});

scenario('write callbacks order with drain', (S, log) => {
  const w = new S.Writable({ highWaterMark: 1, write(c, e, cb) { log('_write', String(c)); cb(); } });
  w.on('drain', () => log('drain'));
  log(w.write('ab', () => log('cb1')));
  log(w.write('cd'));
  log(w.write('ef', () => log('cb3')));
});

scenario('writable pipe error', (S, log) => {
  const w = recorder(S, log, 'w');
  w.on('error', (e) => log('error', e));
  w.on('close', () => log('close'));
  log(w.pipe(new S.PassThrough()));
});

scenario('writable _writev with nop callbacks', (S, log) => {
  let first = true;
  const w = new S.Writable({
    write(c, e, cb) { log('_write', String(c)); if (first) { first = false; setTimeout(cb, 1); } else cb(); },
    writev(chunks, cb) { log('_writev', chunks.map((c) => String(c.chunk))); setTimeout(cb, 1); },
  });
  log.events('w', w, ['drain', 'finish']);
  w.write('a');
  w.write('b');
  w.write('c');
  w.end('d');
  return later(10);
});

scenario('write in finish and end after destroy', (S, log) => {
  const w = recorder(S, log, 'w');
  w.on('error', (e) => log('error', e));
  w.on('finish', () => log('finish', w.write('late', (e) => log('late cb', e))));
  w.end();
  const w2 = recorder(S, log, 'w2');
  w2.destroy();
  w2.end((e) => log('end after destroy', e));
  w2.on('error', (e) => log('w2 error', e));
});
// ------------------------------------------------------------------------------------------------
// Destroy

scenario('readable destroy order', (S, log) => {
  const r = new S.Readable({ read() {}, destroy(err, cb) { log('_destroy', err); cb(err); } });
  log.events('r', r, ['data', 'end', 'close', 'error']);
  r.push('a');
  log(r.destroy() === r, r.destroyed, r.closed);
  log(r.push('b'), r.read(), r.readableLength);
});

scenario('readable destroy error', (S, log) => {
  const r = new S.Readable({ read() {} });
  log.events('r', r, ['data', 'end', 'close', 'error']);
  r.destroy(new Error('bad'), (e) => log('cb', e));
  log(r.errored, r.destroyed, r.closed, r.readable, r.readableAborted);
  setImmediate(() => log('later', r.closed, r._readableState.errorEmitted, r._readableState.closeEmitted));
});

scenario('destroy error unhandled', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.destroy(new Error('nobody listens'));
});

scenario('_destroy changes error', (S, log) => {
  const w = new S.Writable({ destroy(err, cb) { log('_destroy', err); cb(new Error('replaced')); } });
  log.events('w', w, ['close', 'error']);
  w.destroy(new Error('orig'));
  log(w.errored);
});

scenario('_destroy swallows error', (S, log) => {
  const w = new S.Writable({ destroy(err, cb) { cb(); } });
  log.events('w', w, ['close', 'error']);
  w.destroy(new Error('orig'));
  setImmediate(() => log(w.errored));
});

scenario('_destroy async', (S, log) => {
  const r = new S.Readable({ read() {}, destroy(err, cb) { log('_destroy'); setTimeout(() => { log('destroy done'); cb(err); }, 2); } });
  log.events('r', r, ['close', 'error']);
  r.destroy(null, () => log('cb'));
  r.destroy(null, () => log('cb2'));
  log(r.destroyed, r.closed);
  return later(10);
});

scenario('_destroy throws', (S, log) => {
  const r = new S.Readable({ read() {}, destroy() { throw new Error('destroy threw'); } });
  log.events('r', r, ['close', 'error']);
  r.destroy();
});

scenario('duplex destroy', (S, log) => {
  const d = new S.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  log.events('d', d, ['close', 'error', 'end', 'finish']);
  d.destroy(new Error('dup'));
  log(d.destroyed, d._readableState.destroyed, d._writableState.destroyed, d.readable, d.writable, d.errored);
});

scenario('destroyed setter', (S, log) => {
  const r = new S.Readable();
  r.destroyed = true;
  log(r.destroyed, r.readable);
  const d = new S.Duplex();
  d.destroyed = true;
  log(d.destroyed, d._readableState.destroyed, d._writableState.destroyed);
  d.destroyed = false;
  log(d.destroyed);
  const w = new S.Writable();
  w.destroyed = true;
  log(w.destroyed, w.writable);
});

scenario('destroy inside data', (S, log) => {
  const r = new S.Readable({ read() {} });
  log.events('r', r, ['end', 'close', 'error']);
  r.on('data', (d) => { log('data', d); r.destroy(); });
  r.push('a');
  r.push('b');
  r.push(null);
});

scenario('destroy after end', (S, log) => {
  const r = new S.Readable({ read() {}, autoDestroy: false });
  log.events('r', r, ['end', 'close', 'error']);
  r.on('end', () => r.destroy());
  r.push(null);
  r.resume();
});

scenario('_undestroy', (S, log) => {
  const w = recorder(S, log, 'w');
  w.destroy();
  w._undestroy();
  log(w.destroyed, w.writable, w.writableEnded);
  w.write('again');
  const r = new S.Readable({ read() {} });
  r.push(null);
  r.destroy();
  r._undestroy();
  log(r.destroyed, r.readable, r.readableEnded, r._readableState.ended);
});

scenario('stream.destroy helper', (S, log) => {
  const r = new S.Readable({ read() {} });
  log.events('r', r, ['close', 'error']);
  S.destroy(r);
  log(r.destroyed, r.errored);
  const done = new S.Readable({ read() {} });
  done.push(null);
  done.resume();
  done.on('end', () => { S.destroy(done); log('done destroyed', done.destroyed, done.errored); });
  const e = new S.EE();
  S.destroy(e, new Error('legacy'));
  e.on('error', (err) => log('legacy error', err));
  e.on('close', () => log('legacy close'));
  log(S.destroy(null), S.isDestroyed(e));
});

scenario('captureRejections', (S, log) => {
  const r = new S.Readable({ captureRejections: true, read() {} });
  log.events('r', r, ['close', 'error']);
  r.on('data', async () => { throw new Error('async listener'); });
  r.push('x');
  return later(5);
});

scenario('async dispose', async (S, log) => {
  const r = new S.Readable({ read() {} });
  log.events('r', r, ['close', 'error']);
  await log.settle('dispose', r[Symbol.asyncDispose]());
  log(r.destroyed, r.errored);
  const w = recorder(S, log, 'w');
  w.end();
  await new Promise((res) => w.on('finish', res));
  await log.settle('dispose w', w[Symbol.asyncDispose]());
  const w2 = recorder(S, log, 'w2');
  await log.settle('dispose w2', w2[Symbol.asyncDispose]());
});

// ------------------------------------------------------------------------------------------------
// Duplex / Transform / PassThrough

scenario('duplex halves', (S, log) => {
  const d = new S.Duplex({
    read() { log('_read'); },
    write(c, e, cb) { log('_write', c); this.push(c); cb(); },
    final(cb) { log('_final'); this.push(null); cb(); },
  });
  log.events('d', d, ['data', 'end', 'finish', 'close', 'prefinish']);
  d.write('a');
  d.end('b');
});

scenario('duplex allowHalfOpen false', (S, log) => {
  const d = new S.Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { log('_write', c); cb(); },
    final(cb) { log('_final'); cb(); },
  });
  log.events('d', d, ['data', 'end', 'finish', 'close', 'prefinish']);
  d.push('x');
  d.push(null);
  log(d.allowHalfOpen);
});

scenario('duplex half open stays', (S, log) => {
  const d = new S.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  log.events('d', d, ['end', 'finish', 'close']);
  d.push(null);
  d.resume();
  setTimeout(() => { log('writable still', d.writable, d.destroyed); d.end(); }, 2);
  return later(10);
});

scenario('duplex readable false / writable false', (S, log) => {
  const d = new S.Duplex({ readable: false, write(c, e, cb) { log('_write', c); cb(); } });
  log.events('d', d, ['end', 'finish', 'close']);
  log(d.readable, d.readableEnded, d.writable, d._readableState.readable);
  d.end('x');
  const d2 = new S.Duplex({ writable: false, read() {} });
  log.events('d2', d2, ['end', 'finish', 'close', 'error']);
  log(d2.readable, d2.writable, d2.writableEnded, d2.writableFinished, d2._writableState.writable);
  d2.push('y');
  d2.push(null);
  d2.resume();
  d2.write('z', (e) => log('write cb', e));
});

scenario('duplex objectMode sides', (S, log) => {
  const d = new S.Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { log('_write', c); this.push({ got: c.length }); cb(); } });
  d.on('data', (x) => log('data', x));
  d.write('abc');
  d.write(Buffer.from('de'));
  log.try('write obj', () => d.write({}));
});

scenario('transform basic', (S, log) => {
  const t = new S.Transform({
    transform(chunk, enc, cb) { log('_transform', chunk, enc); cb(null, chunk.toString().toUpperCase()); },
    flush(cb) { log('_flush'); this.push('!'); cb(); },
  });
  log.events('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
  t.write('abc');
  t.end('def');
});

scenario('transform flush with data', (S, log) => {
  const t = new S.Transform({
    transform(chunk, enc, cb) { cb(); },
    flush(cb) { setTimeout(() => cb(null, 'flushed'), 1); },
  });
  log.events('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
  t.end('x');
  return later(10);
});

scenario('transform error', (S, log) => {
  const t = new S.Transform({ transform(chunk, enc, cb) { cb(new Error('tx fail')); } });
  log.events('t', t, ['data', 'end', 'finish', 'close', 'error']);
  t.write('a', (e) => log('cb', e));
});

scenario('transform flush error', (S, log) => {
  const t = new S.Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush fail')); } });
  log.events('t', t, ['data', 'end', 'finish', 'close', 'error']);
  t.end('a', (e) => log('end cb', e));
});

scenario('transform not implemented', (S, log) => {
  const t = new S.Transform();
  t.on('error', (e) => log('error', e));
  log.try('write', () => t.write('a'));
});

scenario('transform backpressure', (S, log) => {
  const t = new S.Transform({ highWaterMark: 2, transform(c, e, cb) { log('_transform', String(c)); cb(null, c); } });
  t.on('drain', () => log('drain'));
  for (let i = 0; i < 5; i++) log('write', i, t.write(`x${i}`), t.writableLength, t.readableLength);
  setTimeout(() => { log('reading'); let c; while ((c = t.read()) !== null) log('read', String(c)); }, 2);
  return later(10);
});

scenario('transform objectMode push multiple', (S, log) => {
  const t = new S.Transform({
    objectMode: true,
    transform(obj, enc, cb) { this.push(obj); this.push({ dup: obj }); cb(); },
  });
  t.on('data', (d) => log('data', d));
  t.on('end', () => log('end'));
  t.write(1);
  t.write({ a: 2 });
  t.end();
});

scenario('transform push null inside', (S, log) => {
  const t = new S.Transform({ transform(c, e, cb) { this.push(c); this.push(null); cb(); } });
  log.events('t', t, ['data', 'end', 'finish', 'close', 'error']);
  t.write('a', (e) => log('cb', e));
  t.end();
});

scenario('transform final override', (S, log) => {
  const t = new S.Transform({
    transform(c, e, cb) { cb(null, c); },
    final(cb) { log('_final user'); cb(); },
    flush(cb) { log('_flush'); cb(null, 'F'); },
  });
  log.events('t', t, ['data', 'end', 'finish', 'close', 'prefinish']);
  t.end('z');
});

scenario('passthrough', (S, log) => {
  const p = new S.PassThrough();
  log.events('p', p, ['data', 'end', 'finish', 'close']);
  p.write('a');
  p.write(Buffer.from('b'));
  p.end('c');
  log(p.readableLength, p.writableLength);
});

scenario('passthrough encoding', (S, log) => {
  const p = new S.PassThrough({ encoding: 'hex' });
  p.on('data', (d) => log('data', d));
  p.end('hi');
  const p2 = new S.PassThrough({ decodeStrings: false });
  p2.on('data', (d) => log('data2', d));
  p2.end('hi');
  const p3 = new S.PassThrough({ objectMode: true });
  p3.on('data', (d) => log('data3', d));
  p3.end('str');
});

scenario('passthrough readable hwm 0', (S, log) => {
  const p = new S.PassThrough({ readableHighWaterMark: 0 });
  log(p.readableHighWaterMark, p.writableHighWaterMark);
  log(p.write('a'), p.write('b'));
  p.on('data', (d) => log('data', d));
  p.end();
  p.on('end', () => log('end'));
});

// ------------------------------------------------------------------------------------------------
// Pipe

scenario('pipe basic', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = recorder(S, log, 'w');
  log.events('w', w, ['pipe', 'unpipe', 'finish', 'close']);
  log.events('r', r, ['end', 'close', 'pause', 'resume']);
  log(r.pipe(w) === w, r._readableState.pipes.length, r.readableFlowing);
  r.push('a');
  r.push('b');
  r.push(null);
});

scenario('pipe backpressure', (S, log) => {
  let n = 0;
  const r = new S.Readable({ highWaterMark: 4, read() { log('_read', n); this.push(n < 6 ? `chunk${n++}` : null); } });
  const w = recorder(S, log, 'w', { highWaterMark: 5, delay: 1 });
  log.events('w', w, ['drain', 'finish', 'unpipe', 'close']);
  log.events('r', r, ['pause', 'resume', 'end', 'close']);
  r.pipe(w);
  return later(40);
});

scenario('pipe end false', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = recorder(S, log, 'w');
  log.events('w', w, ['unpipe', 'finish', 'close']);
  r.pipe(w, { end: false });
  r.push('x');
  r.push(null);
  setTimeout(() => log('w ended?', w.writableEnded), 3);
  return later(6);
});

scenario('pipe after end', (S, log) => {
  const r = new S.Readable({ read() {}, autoDestroy: false });
  r.push(null);
  r.resume();
  r.on('end', () => {
    const w = recorder(S, log, 'w');
    log.events('w', w, ['pipe', 'unpipe', 'finish', 'close']);
    r.pipe(w);
  });
});

scenario('unpipe', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w1 = recorder(S, log, 'w1');
  const w2 = recorder(S, log, 'w2');
  log.events('w1', w1, ['pipe', 'unpipe', 'finish']);
  log.events('w2', w2, ['pipe', 'unpipe', 'finish']);
  log.events('r', r, ['pause', 'resume']);
  r.pipe(w1);
  r.pipe(w2);
  r.push('a');
  setTimeout(() => {
    r.unpipe(w1);
    log('pipes', r._readableState.pipes.length, r.readableFlowing);
    r.push('b');
    r.unpipe(w1);
    r.unpipe();
    log('pipes', r._readableState.pipes.length, r.readableFlowing, r.isPaused());
    r.push('c');
    log(r.readableLength);
  }, 2);
  return later(10);
});

scenario('pipe multiple destinations backpressure', (S, log) => {
  let n = 0;
  const r = new S.Readable({ read() { this.push(n < 4 ? `c${n++}` : null); } });
  const fast = recorder(S, log, 'fast', { highWaterMark: 100 });
  const slow = recorder(S, log, 'slow', { highWaterMark: 2, delay: 2 });
  log.events('slow', slow, ['drain', 'finish']);
  log.events('fast', fast, ['finish']);
  r.pipe(fast);
  r.pipe(slow);
  return later(40);
});

scenario('pipe dest error', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = new S.Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
  log.events('w', w, ['unpipe', 'error', 'close']);
  log.events('r', r, ['pause', 'close', 'error']);
  r.pipe(w);
  r.push('x');
  return later(5).then(() => log(r._readableState.pipes.length, r.destroyed));
});

scenario('pipe dest error unhandled', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = new S.Writable({ write(c, e, cb) { cb(new Error('dest broke, no handler')); } });
  r.pipe(w);
  r.push('x');
});

scenario('pipe dest emits error manually', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = recorder(S, log, 'w');
  w.on('error', (e) => log('user handler', e));
  r.pipe(w);
  w.emit('error', new Error('manual'));
  log(r._readableState.pipes.length);
});

scenario('pipe dest close unpipes', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = recorder(S, log, 'w');
  log.events('w', w, ['unpipe', 'close']);
  r.pipe(w);
  w.destroy();
  setTimeout(() => log(r._readableState.pipes.length, r.readableFlowing), 2);
  return later(5);
});

scenario('pipe chain', (S, log) => {
  const r = new S.Readable({ read() {} });
  const t = new S.Transform({ transform(c, e, cb) { cb(null, `<${c}>`); } });
  const w = recorder(S, log, 'w');
  log.events('t', t, ['pipe', 'end', 'finish', 'close']);
  log.events('w', w, ['pipe', 'finish', 'close']);
  r.pipe(t).pipe(w);
  r.push('a');
  r.push('b');
  r.push(null);
});

scenario('pipe to writableNeedDrain dest', (S, log) => {
  const w = recorder(S, log, 'w', { highWaterMark: 1, delay: 2 });
  w.write('xx');
  log('needDrain', w.writableNeedDrain);
  const r = new S.Readable({ read() {} });
  log.events('r', r, ['pause', 'resume']);
  w.on('drain', () => log('drain'));
  r.pipe(w);
  r.push('y');
  r.push(null);
  return later(15);
});

scenario('legacy Stream pipe', (S, log) => {
  const src = new S.stream();
  src.readable = true;
  const dest = recorder(S, log, 'dest');
  log.events('dest', dest, ['pipe', 'finish', 'close']);
  src.pipe(dest);
  src.emit('data', 'one');
  src.emit('data', Buffer.from('two'));
  src.emit('end');
  log(src.listenerCount('data'), src.eventNames());
});

scenario('legacy Stream pipe error', (S, log) => {
  const src = new S.stream();
  const dest = new S.stream();
  dest.writable = true;
  dest.write = (c) => { log('dest.write', c); return true; };
  dest.end = () => log('dest.end');
  src.pipe(dest);
  dest.on('error', (e) => log('dest error', e));
  src.emit('data', 'x');
  dest.emit('error', new Error('legacy dest'));
  log(src.listenerCount('data'));
  src.emit('close');
});

scenario('eventNames on streams', (S, log) => {
  const r = new S.Readable();
  log(r.eventNames());
  r.on('data', () => {});
  r.on('foo', () => {});
  log(r.eventNames());
  r.removeAllListeners('data');
  log(r.eventNames(), r.listenerCount('data'));
  const w = new S.Writable();
  w.on('finish', () => {});
  log(w.eventNames());
});
// ------------------------------------------------------------------------------------------------
// Readable.from, async iteration, wrap

scenario('Readable.from array', (S, log) => {
  const r = S.Readable.from(['a', 'b', 'c']);
  log(r.readableObjectMode, r.readableHighWaterMark);
  log.events('r', r, ['data', 'end', 'close']);
});

scenario('Readable.from string and buffer', (S, log) => {
  const r = S.Readable.from('hello');
  r.on('data', (d) => log('data', d));
  const b = S.Readable.from(Buffer.from('buf'));
  b.on('data', (d) => log('data b', d));
  const o = S.Readable.from('x', { objectMode: false });
  o.on('data', (d) => log('data o', d));
  log(r.readableObjectMode, o.readableObjectMode);
});

scenario('Readable.from generator', (S, log) => {
  function* gen() {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      log('gen finally');
    }
  }
  const r = S.Readable.from(gen());
  log.events('r', r, ['data', 'end', 'close']);
});

scenario('Readable.from async generator', (S, log) => {
  async function* gen() {
    yield 'x';
    await later(1);
    yield 'y';
  }
  const r = S.Readable.from(gen(), { objectMode: false });
  log.events('r', r, ['data', 'end', 'close']);
  return later(10);
});

scenario('Readable.from promises in sync iterable', (S, log) => {
  const r = S.Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]);
  log.events('r', r, ['data', 'end', 'close', 'error']);
  return later(5);
});

scenario('Readable.from null value', (S, log) => {
  const r = S.Readable.from([1, null, 2]);
  log.events('r', r, ['data', 'end', 'close', 'error']);
  const r2 = S.Readable.from((async function*() { yield null; })());
  log.events('r2', r2, ['data', 'end', 'close', 'error']);
  return later(5);
});

scenario('Readable.from errors', (S, log) => {
  log.try('number', () => S.Readable.from(5));
  log.try('null', () => S.Readable.from(null));
  log.try('object', () => S.Readable.from({}));
  async function* bad() { yield 1; throw new Error('gen failed'); }
  const r = S.Readable.from(bad());
  log.events('r', r, ['data', 'end', 'close', 'error']);
  return later(5);
});

scenario('Readable.from destroy calls return', async (S, log) => {
  async function* gen() {
    try {
      for (let i = 0; ; i++) { yield i; await later(1); }
    } finally {
      log('cleanup');
    }
  }
  const r = S.Readable.from(gen());
  r.on('data', (d) => { log('data', d); if (d === 2) r.destroy(); });
  r.on('close', () => log('close'));
  await later(20);
});

scenario('async iteration', async (S, log) => {
  const r = S.Readable.from(['a', 'b', 'c']);
  for await (const chunk of r) log('chunk', chunk);
  log('done', r.destroyed, r.readableEnded);
});

scenario('async iteration bytes', async (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push('ab');
  setTimeout(() => { r.push('cd'); r.push(null); }, 2);
  const chunks = [];
  for await (const chunk of r) chunks.push(chunk);
  log(chunks);
});

scenario('async iteration break destroys', async (S, log) => {
  const r = new S.Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  log.events('r', r, ['close', 'error', 'end']);
  for await (const c of r) { log('got', c); break; }
  log('destroyed', r.destroyed);
  await later(2);
});

scenario('async iteration destroyOnReturn false', async (S, log) => {
  const r = new S.Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.push(null);
  for await (const c of r.iterator({ destroyOnReturn: false })) { log('got', c); break; }
  log('destroyed', r.destroyed);
  for await (const c of r) log('rest', c);
  log.try('bad opts', () => r.iterator(5));
});

scenario('async iteration error', async (S, log) => {
  const r = new S.Readable({ read() {} });
  setTimeout(() => r.destroy(new Error('iter fail')), 1);
  try {
    for await (const c of r) log('c', c);
  } catch (e) {
    log('caught', e);
  }
});

scenario('async iteration throw in body', async (S, log) => {
  const r = S.Readable.from([1, 2, 3]);
  r.on('close', () => log('close'));
  try {
    for await (const c of r) { log(c); throw new Error('body'); }
  } catch (e) {
    log('caught', e, r.destroyed);
  }
  await later(2);
});

scenario('async iteration premature close', async (S, log) => {
  const r = new S.Readable({ read() {} });
  setTimeout(() => r.destroy(), 1);
  try {
    for await (const c of r) log('c', c);
    log('finished normally');
  } catch (e) {
    log('caught', e);
  }
});

scenario('iterator stream property', (S, log) => {
  const r = S.Readable.from([1]);
  const it = r[Symbol.asyncIterator]();
  log(it.stream === r, typeof it.next, Object.prototype.toString.call(it));
  return it.next().then((v) => log(v));
});

scenario('wrap old stream', (S, log) => {
  const old = new S.EE();
  old.pause = () => log('old.pause');
  old.resume = () => log('old.resume');
  old.extra = function () { return 'extra'; };
  const r = new S.Readable({ highWaterMark: 2 }).wrap(old);
  log(typeof r.extra, r.extra && r.extra());
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('de'));
  r.on('data', (d) => log('data', d));
  setTimeout(() => { old.emit('end'); }, 2);
  r.on('end', () => log('end'));
  return later(8);
});

scenario('Readable.wrap static', (S, log) => {
  const old = new S.EE();
  const r = S.Readable.wrap(old);
  log(r.readableObjectMode);
  r.on('data', (d) => log('data', d));
  r.on('close', () => log('close'));
  old.emit('data', { x: 1 });
  old.emit('close');
  return later(3);
});

scenario('toWeb / fromWeb', (S, log) => {
  log(typeof S.Readable.toWeb, typeof S.Readable.fromWeb, typeof S.Writable.toWeb, typeof S.Duplex.fromWeb);
});

// ------------------------------------------------------------------------------------------------
// Operators

scenario('map filter toArray', async (S, log) => {
  await log.settle('map', S.Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  await log.settle('filter', S.Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray());
  await log.settle('map async', S.Readable.from([1, 2, 3]).map(async (x) => { await later(3 - x); return x; }, { concurrency: 3 }).toArray());
  await log.settle('bad fn', (async () => S.Readable.from([1]).map(5))());
  await log.settle('bad conc', (async () => S.Readable.from([1]).map((x) => x, { concurrency: 0 }))());
  await log.settle('bad opts', (async () => S.Readable.from([1]).map((x) => x, 5))());
  const m = S.Readable.from([1]).map((x) => x);
  log(m.constructor.name, m.readableObjectMode);
});

scenario('forEach some every find reduce', async (S, log) => {
  await log.settle('forEach', S.Readable.from([1, 2]).forEach((x) => log('each', x)));
  await log.settle('some', S.Readable.from([1, 2, 3]).some((x) => x > 1));
  await log.settle('some false', S.Readable.from([1, 2, 3]).some((x) => x > 5));
  await log.settle('every', S.Readable.from([1, 2, 3]).every((x) => x > 0));
  await log.settle('every false', S.Readable.from([1, 2, 3]).every((x) => x > 1));
  await log.settle('find', S.Readable.from([1, 2, 3]).find((x) => x === 2));
  await log.settle('find none', S.Readable.from([1, 2, 3]).find((x) => x === 9));
  await log.settle('reduce', S.Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  await log.settle('reduce no init', S.Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  await log.settle('reduce empty', S.Readable.from([]).reduce((a, b) => a + b));
  await log.settle('reduce bad', S.Readable.from([]).reduce(5));
  await log.settle('toArray bytes', new S.Readable({ read() { this.push('ab'); this.push(null); } }).toArray());
});

scenario('take drop flatMap', async (S, log) => {
  await log.settle('take', S.Readable.from([1, 2, 3, 4]).take(2).toArray());
  await log.settle('drop', S.Readable.from([1, 2, 3, 4]).drop(2).toArray());
  await log.settle('take 0', S.Readable.from([1, 2]).take(0).toArray());
  await log.settle('drop neg', (async () => S.Readable.from([1]).drop(-1))());
  await log.settle('take NaN', S.Readable.from([1, 2]).take('x').toArray());
  await log.settle('flatMap', S.Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  await log.settle('flatMap gen', S.Readable.from([1, 2]).flatMap(async function*(x) { yield x; yield -x; }).toArray());
});

scenario('operator errors propagate', async (S, log) => {
  await log.settle('map throws', S.Readable.from([1, 2]).map((x) => { if (x === 2) throw new Error('map fail'); return x; }).toArray());
  const r = new S.Readable({ read() {} });
  setTimeout(() => r.destroy(new Error('source fail')), 1);
  await log.settle('source error', r.map((x) => x).toArray());
  await log.settle('forEach throws', S.Readable.from([1]).forEach(() => { throw new Error('fe'); }));
});

scenario('operators with signal', async (S, log) => {
  const ac = new AbortController();
  ac.abort();
  await log.settle('toArray aborted', S.Readable.from([1, 2]).toArray({ signal: ac.signal }));
  await log.settle('reduce aborted', S.Readable.from([1, 2]).reduce((a, b) => a + b, 0, { signal: ac.signal }));
  await log.settle('map aborted', S.Readable.from([1, 2]).map((x) => x, { signal: ac.signal }).toArray());
  await log.settle('bad signal', (async () => S.Readable.from([1]).toArray({ signal: 5 }))());
  const ac2 = new AbortController();
  const p = S.Readable.from((async function*() { yield 1; await later(5); yield 2; })()).map((x) => x, { signal: ac2.signal }).toArray();
  setTimeout(() => ac2.abort(), 1);
  await log.settle('map abort later', p);
});

scenario('operator new throws', (S, log) => {
  const r = S.Readable.from([1]);
  log.try('new map', () => new r.map((x) => x));
  log.try('new toArray', () => new r.toArray());
});

scenario('compose operator', async (S, log) => {
  const r = S.Readable.from(['a', 'b']);
  const up = new S.Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } });
  await log.settle('compose', r.compose(up).toArray());
  log.try('not writable', () => S.Readable.from([1]).compose(S.Readable.from([2])));
});

scenario('asIndexedPairs', async (S, log) => {
  await log.settle('pairs', S.Readable.from(['a', 'b']).asIndexedPairs().toArray());
});
// ------------------------------------------------------------------------------------------------
// pipeline / finished / compose / addAbortSignal / utils

scenario('pipeline basic', (S, log) => {
  const r = S.Readable.from(['a', 'b', 'c'], { objectMode: false });
  const t = new S.Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const w = recorder(S, log, 'w');
  log.events('w', w, ['finish', 'close']);
  const ret = S.pipeline(r, t, w, (err, val) => log('done', err, val));
  log(ret === w);
});

scenario('pipeline error in middle', (S, log) => {
  const r = new S.Readable({ read() {} });
  const t = new S.Transform({ transform(c, e, cb) { cb(new Error('middle')); } });
  const w = recorder(S, log, 'w');
  log.events('r', r, ['close', 'error']);
  log.events('t', t, ['close', 'error']);
  log.events('w', w, ['close', 'error', 'finish']);
  S.pipeline(r, t, w, (err) => log('done', err));
  r.push('x');
  return later(5).then(() => log(r.destroyed, t.destroyed, w.destroyed));
});

scenario('pipeline source destroyed', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = recorder(S, log, 'w');
  log.events('w', w, ['close', 'error', 'finish']);
  S.pipeline(r, w, (err) => log('done', err));
  r.destroy();
  return later(5);
});

scenario('pipeline dest destroyed', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = recorder(S, log, 'w');
  log.events('r', r, ['close', 'error']);
  S.pipeline(r, w, (err) => log('done', err));
  w.destroy(new Error('dest gone'));
  return later(5);
});

scenario('pipeline generators', (S, log) => {
  S.pipeline(
    function* () { yield 'a'; yield 'b'; },
    async function* (source) { for await (const c of source) yield c.toUpperCase(); },
    async function (source) { const out = []; for await (const c of source) out.push(c); return out.join('-'); },
    (err, val) => log('done', err, val),
  );
  return later(10);
});

scenario('pipeline stream to generator to stream', (S, log) => {
  const r = S.Readable.from(['x', 'y']);
  const w = recorder(S, log, 'w', { objectMode: true });
  log.events('w', w, ['finish', 'close']);
  S.pipeline(r, async function* (src) { for await (const c of src) yield `${c}!`; }, w, (err) => log('done', err));
  return later(10);
});

scenario('pipeline generator error', (S, log) => {
  const r = S.Readable.from([1, 2, 3]);
  log.events('r', r, ['close', 'error']);
  S.pipeline(r, async function* (src) { for await (const c of src) { if (c === 2) throw new Error('gen boom'); yield c; } }, recorder(S, log, 'w', { objectMode: true }), (err) => log('done', err));
  return later(10);
});

scenario('pipeline argument errors', (S, log) => {
  log.try('no cb', () => S.pipeline(S.Readable.from([1]), recorder(S, log, 'w')));
  log.try('one stream', () => S.pipeline(S.Readable.from([1]), () => {}));
  log.try('bad source fn', () => S.pipeline(() => 5, recorder(S, log, 'w'), () => {}));
  log.try('bad transform', () => S.pipeline([1], (s) => 5, recorder(S, log, 'w'), () => {}));
  log.try('bad dest fn', () => S.pipeline([1], (s) => 5, () => {}));
  log.try('bad middle', () => S.pipeline([1], 5, recorder(S, log, 'w'), () => {}));
  log.try('array form', () => S.pipeline([S.Readable.from(['z']), recorder(S, log, 'wa', { objectMode: true })], (e) => log('array done', e)) && 'ok');
  return later(5);
});

scenario('pipeline callback once and returns', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = new S.Writable({ write(c, e, cb) { cb(new Error('w1')); } });
  const ret = S.pipeline(r, w, (err) => log('cb', err));
  r.push('a');
  r.push('b');
  log(ret === w);
  return later(5);
});

scenario('pipeline with pipe errors after finish', (S, log) => {
  const r = S.Readable.from(['a']);
  const p = new S.PassThrough({ objectMode: true });
  S.pipeline(r, p, (err) => log('done', err));
  p.resume();
  setTimeout(() => p.emit('error', new Error('after')), 3);
  p.on('error', (e) => log('p error', e));
  return later(6);
});

scenario('promises.pipeline', async (S, log) => {
  await log.settle('ok', S.promises.pipeline(S.Readable.from(['a']), recorder(S, log, 'w', { objectMode: true })));
  await log.settle('value', S.promises.pipeline([1, 2], async (src) => { let s = 0; for await (const x of src) s += x; return s; }));
  await log.settle('err', S.promises.pipeline(S.Readable.from(['a']), new S.Transform({ transform(c, e, cb) { cb(new Error('pt')); } }), recorder(S, log, 'w2')));
  const ac = new AbortController();
  const p = S.promises.pipeline(new S.Readable({ read() {} }), recorder(S, log, 'w3'), { signal: ac.signal });
  ac.abort();
  await log.settle('abort', p);
  const ac2 = new AbortController();
  ac2.abort('why');
  await log.settle('pre-aborted', S.promises.pipeline(S.Readable.from(['q']), recorder(S, log, 'w4', { objectMode: true }), { signal: ac2.signal }));
  const w5 = recorder(S, log, 'w5', { objectMode: true });
  await log.settle('end false', S.promises.pipeline(S.Readable.from(['k']), w5, { end: false }));
  log('w5 ended', w5.writableEnded);
});

scenario('finished readable', (S, log) => {
  const r = new S.Readable({ read() {} });
  const cleanup = S.finished(r, (err) => log('finished', err));
  log(typeof cleanup);
  r.push(null);
  r.resume();
});

scenario('finished writable and error', (S, log) => {
  const w = recorder(S, log, 'w');
  S.finished(w, (err) => log('finished w', err));
  w.end('x');
  const w2 = new S.Writable({ write(c, e, cb) { cb(new Error('fw')); } });
  w2.on('error', () => {});
  S.finished(w2, (err) => log('finished w2', err));
  w2.write('x');
});

scenario('finished premature close', (S, log) => {
  const r = new S.Readable({ read() {} });
  S.finished(r, (err) => log('r', err));
  r.destroy();
  const w = recorder(S, log, 'w');
  S.finished(w, (err) => log('w', err));
  w.destroy();
  const d = new S.Duplex({ read() {}, write(c, e, cb) { cb(); } });
  S.finished(d, { readable: false }, (err) => log('d writable only', err));
  d.end();
});

scenario('finished on already finished', (S, log) => {
  const r = new S.Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('close', () => {
    S.finished(r, (err) => log('late finished', err));
    const r2 = new S.Readable({ read() {}, autoDestroy: false });
    r2.push(null);
    r2.resume();
    r2.on('end', () => S.finished(r2, (err) => log('r2 finished', err)));
  });
});

scenario('finished options and cleanup', (S, log) => {
  const r = new S.Readable({ read() {} });
  const cleanup = S.finished(r, { error: false }, (err) => log('never', err));
  cleanup();
  r.push(null);
  r.resume();
  log.try('bad cb', () => S.finished(r, {}));
  log.try('bad stream', () => S.finished({}, () => {}));
  log.try('bad opts', () => S.finished(r, 5, () => {}));
  log.try('bad signal', () => S.finished(r, { signal: 1 }, () => {}));
  const ac = new AbortController();
  const r2 = new S.Readable({ read() {} });
  S.finished(r2, { signal: ac.signal }, (err) => log('aborted', err));
  ac.abort();
});

scenario('finished legacy emitter', (S, log) => {
  const e = new S.stream();
  e.readable = true;
  e.pipe = () => {};
  S.finished(e, (err) => log('legacy', err));
  e.emit('end');
  const e2 = new S.stream();
  e2.write = () => {};
  e2.writable = true;
  S.finished(e2, (err) => log('legacy2', err));
  e2.writable = false;
  e2.emit('close');
});

scenario('promises.finished', async (S, log) => {
  const r = S.Readable.from(['a']);
  r.resume();
  await log.settle('finished', S.promises.finished(r));
  const r2 = new S.Readable({ read() {} });
  setTimeout(() => r2.destroy(new Error('pf')), 1);
  await log.settle('finished err', S.promises.finished(r2));
  const r3 = S.Readable.from(['a']);
  r3.resume();
  await log.settle('cleanup', S.promises.finished(r3, { cleanup: true }));
  log(r3.listenerCount('end'), r3.listenerCount('close'));
  await log.settle('bad cleanup', (async () => S.promises.finished(r3, { cleanup: 'yes' }))());
});

scenario('addAbortSignal', (S, log) => {
  const ac = new AbortController();
  const r = new S.Readable({ read() {} });
  log.events('r', r, ['close', 'error']);
  log(S.addAbortSignal(ac.signal, r) === r);
  ac.abort();
  log(r.destroyed);
  const ac2 = new AbortController();
  ac2.abort('reason!');
  const w = recorder(S, log, 'w', { signal: ac2.signal });
  log.events('w', w, ['close', 'error']);
  log.try('bad signal', () => S.addAbortSignal({}, r));
  log.try('bad stream', () => S.addAbortSignal(ac.signal, {}));
  const ac3 = new AbortController();
  const r3 = new S.Readable({ read() {}, signal: ac3.signal });
  r3.push(null);
  r3.resume();
  r3.on('close', () => { log('r3 closed'); ac3.abort(); log('r3 after abort', r3.errored); });
});

scenario('compose', async (S, log) => {
  const up = new S.Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const ex = new S.Transform({ transform(c, e, cb) { cb(null, `${c}!`); } });
  const d = S.compose(up, ex);
  log(d.constructor.name, d.readable, d.writable);
  d.on('data', (c) => log('data', c));
  d.on('end', () => log('end'));
  d.on('close', () => log('close'));
  d.write('ab');
  d.end('cd');
  await later(5);
  const d2 = S.compose(async function* (src) { for await (const c of src) yield String(c).length; }, new S.PassThrough({ objectMode: true }));
  d2.on('data', (c) => log('d2 data', c));
  d2.end('hello');
  await later(5);
  log.try('none', () => S.compose());
  log.try('not readable', () => S.compose(recorder(S, log, 'w'), new S.PassThrough()));
  const single = new S.PassThrough();
  log(S.compose(single) === single);
});

scenario('compose error', async (S, log) => {
  const bad = new S.Transform({ transform(c, e, cb) { cb(new Error('compose fail')); } });
  const d = S.compose(new S.PassThrough(), bad);
  log.events('d', d, ['close', 'error', 'end', 'finish']);
  d.write('x');
  await later(5);
});

scenario('Duplex.from', async (S, log) => {
  const d = S.Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
  d.on('data', (c) => log('data', c));
  d.on('end', () => log('end'));
  d.write('a');
  d.end('b');
  await later(10);
  const d2 = S.Duplex.from(['x', 'y']);
  log(d2.writable, d2.readable, d2.constructor.name);
  await log.settle('toArray', d2.toArray());
  const d3 = S.Duplex.from(Promise.resolve('promised'));
  await log.settle('promise', d3.toArray());
  const p = new S.PassThrough();
  log(S.Duplex.from(p) === p);
  const rd = S.Duplex.from(S.Readable.from(['r']));
  await log.settle('from readable', rd.toArray());
  log.try('bad', () => S.Duplex.from(5));
  const pair = S.Duplex.from({ readable: S.Readable.from(['pr']), writable: recorder(S, log, 'pw', { objectMode: true }) });
  pair.write('to-writable');
  pair.end();
  await log.settle('pair', pair.toArray());
  const af = S.Duplex.from(async function (source) { for await (const c of source) log('consumed', c); });
  af.end('last');
  await new Promise((res) => af.on('finish', res));
  log('af finished', af.readable);
});

scenario('utils predicates', (S, log) => {
  const r = new S.Readable({ read() {} });
  const w = recorder(S, log, 'w');
  log(S.isReadable(r), S.isWritable(r), S.isReadable(w), S.isWritable(w), S.isErrored(r), S.isDisturbed(r), S.isDestroyed(r));
  log(S.isReadable({}), S.isWritable(5), S.isErrored(null), S.isDisturbed({}), S.isDestroyed({}));
  r.push('x');
  r.read();
  log('disturbed', S.isDisturbed(r));
  r.destroy(new Error('e'));
  r.on('error', () => {});
  log(S.isReadable(r), S.isErrored(r), S.isDestroyed(r));
  w.end();
  log(S.isWritable(w));
});

scenario('duplexPair', async (S, log) => {
  const [a, b] = S.duplexPair();
  b.on('data', (d) => log('b got', d));
  a.on('data', (d) => log('a got', d));
  a.write('hello');
  b.write('world');
  a.end();
  b.on('end', () => log('b end'));
  await later(5);
});

scenario('stream.Stream legacy', (S, log) => {
  const s = new S.stream();
  log(s instanceof S.EE, Object.keys(s), typeof s.pipe);
  log.try('call', () => S.stream.call({}));
});

scenario('_isUint8Array etc', (S, log) => {
  log(S.stream._isUint8Array(new Uint8Array(1)), S.stream._isUint8Array([]), S.stream._isArrayBufferView(new DataView(new ArrayBuffer(1))));
  const b = S.stream._uint8ArrayToBuffer(new Uint8Array([1, 2, 3]).subarray(1));
  log(b, Buffer.isBuffer(b));
});

// ------------------------------------------------------------------------------------------------
// Ordering stress: interleavings of pushes, reads, writes with ticks

for (const [hwm, delay] of [[1, -1], [3, 0], [8, 1], [0, -1], [16, 0]]) {
  scenario(`pipe through transform hwm=${hwm} delay=${delay}`, (S, log) => {
    let n = 0;
    const r = new S.Readable({ highWaterMark: hwm, read() { log('_read'); setTimeout(() => this.push(n < 5 ? `r${n++}` : null), 0); } });
    const t = new S.Transform({ highWaterMark: hwm, transform(c, e, cb) { log('_transform', String(c)); if (delay < 0) cb(null, c); else setTimeout(() => cb(null, c), delay); } });
    const w = recorder(S, log, 'w', { highWaterMark: hwm, delay });
    log.events('r', r, ['end', 'close', 'pause', 'resume']);
    log.events('t', t, ['end', 'finish', 'close', 'drain', 'pause', 'resume']);
    log.events('w', w, ['finish', 'close', 'drain']);
    r.pipe(t).pipe(w);
    return later(60);
  });
}

for (const objectMode of [false, true]) {
  scenario(`readable/read loop objectMode=${objectMode}`, (S, log) => {
    let n = 0;
    const r = new S.Readable({ objectMode, highWaterMark: 2, read(size) { log('_read', size); if (n < 6) this.push(objectMode ? { n: n++ } : `x${n++}`); else this.push(null); } });
    r.on('readable', () => {
      log('readable', r.readableLength);
      let c;
      while ((c = r.read(objectMode ? undefined : 3)) !== null) log('read', c);
    });
    r.on('end', () => log('end'));
    r.on('close', () => log('close'));
  });
}

// ------------------------------------------------------------------------------------------------
// Random operation sequences (deterministic PRNG; SEED / ROUNDS to vary)

let seed = Number(process.env.SEED || 11);
function rand() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(rand() * n);
const ROUNDS = Number(process.env.ROUNDS || 60);

// Runs `ops` spread over a few immediates, logging the result of each.
function runOps(ops, step) {
  return new Promise((resolve) => {
    let i = 0;
    const next = () => {
      const batch = ops.slice(i, i + 4);
      i += 4;
      for (const op of batch) step(op);
      if (i < ops.length) setImmediate(next);
      else resolve();
    };
    next();
  });
}

for (let round = 0; round < ROUNDS; round++) {
  const ops = [];
  for (let i = 0; i < 24; i++) ops.push([pick(16), pick(4)]);
  const opts = { objectMode: rand() < 0.3, highWaterMark: [0, 1, 3, 16][pick(4)], autoDestroy: rand() < 0.8, readMode: pick(3) };
  scenario(`random readable ${round}`, (S, log) => {
    let pending = 0;
    const r = new S.Readable({
      objectMode: opts.objectMode,
      highWaterMark: opts.highWaterMark,
      autoDestroy: opts.autoDestroy,
      read(n) { log('_read', n, r.readableLength); pending++; },
    });
    log.events('r', r, ['data', 'readable', 'end', 'close', 'error', 'pause', 'resume']);
    const flags = () => {
      const s = r._readableState;
      return [s.length, s.flowing, s.ended, s.endEmitted, s.reading, s.needReadable, s.emittedReadable, s.readableListening, s.resumeScheduled, s.destroyed, s.paused];
    };
    return runOps(ops, ([op, arg]) => {
      switch (op) {
        case 0: case 1: case 2: log('push', r.push(opts.objectMode ? { v: arg } : `c${arg}`), flags()); break;
        case 3: log('read', r.read(arg === 0 ? undefined : arg), flags()); break;
        case 4: if (arg === 0) log('push null', r.push(null), flags()); break;
        case 5: log('pause', r.pause() === r, r.isPaused(), flags()); break;
        case 6: log('resume', r.resume() === r, flags()); break;
        case 7: if (arg < 2) { r.on('data', (d) => log('listener data', d)); log('on data', flags()); } break;
        case 8: if (arg < 2) { r.on('readable', () => log('listener readable', r.read())); log('on readable', flags()); } break;
        case 9: log('unshift', r.unshift(opts.objectMode ? { u: arg } : `u${arg}`), flags()); break;
        case 10: if (arg === 0) { r.destroy(); log('destroy', flags()); } break;
        case 11: if (arg === 1 && !opts.objectMode) { r.setEncoding('utf8'); log('setEncoding', flags()); } break;
        case 12: r.removeAllListeners('readable'); log('removeAll readable', flags()); break;
        case 13: r.removeAllListeners('data'); log('removeAll data', flags()); break;
        case 14: log('read(0)', r.read(0), flags()); break;
        default: log('state', r.readable, r.readableEnded, r.readableFlowing, r.isPaused(), pending);
      }
    });
  });
}

for (let round = 0; round < ROUNDS; round++) {
  const ops = [];
  for (let i = 0; i < 20; i++) ops.push([pick(12), pick(4)]);
  const opts = { objectMode: rand() < 0.3, highWaterMark: [0, 2, 5, 16][pick(4)], cbMode: pick(3), writev: rand() < 0.4, final: rand() < 0.5, decodeStrings: rand() < 0.8 };
  scenario(`random writable ${round}`, (S, log) => {
    const later = (cb) => (opts.cbMode === 0 ? cb() : opts.cbMode === 1 ? process.nextTick(cb) : setImmediate(cb));
    const w = new S.Writable({
      objectMode: opts.objectMode,
      highWaterMark: opts.highWaterMark,
      decodeStrings: opts.decodeStrings,
      write(c, e, cb) { log('_write', c, e); later(cb); },
      writev: opts.writev ? (chunks, cb) => { log('_writev', chunks.map((x) => x.chunk)); later(cb); } : undefined,
      final: opts.final ? (cb) => { log('_final'); later(cb); } : undefined,
    });
    log.events('w', w, ['drain', 'finish', 'prefinish', 'close', 'error']);
    const flags = () => {
      const s = w._writableState;
      return [s.length, s.writing, s.corked, s.needDrain, s.ending, s.ended, s.finished, s.pendingcb, s.bufferedRequestCount, s.destroyed];
    };
    return runOps(ops, ([op, arg]) => {
      switch (op) {
        case 0: case 1: case 2: case 3: log('write', w.write(opts.objectMode ? { v: arg } : `c${arg}`, arg % 2 ? (err) => log('cb', arg, err) : undefined), flags()); break;
        case 4: w.cork(); log('cork', flags()); break;
        case 5: w.uncork(); log('uncork', flags()); break;
        case 6: if (arg === 0) { w.end((err) => log('end cb', err)); log('end', flags()); } break;
        case 7: if (arg === 0) { w.destroy(); log('destroy', flags()); } break;
        case 8: log('props', w.writable, w.writableEnded, w.writableFinished, w.writableNeedDrain, w.writableLength, w.writableCorked); break;
        case 9: if (arg === 1) { w.setDefaultEncoding('latin1'); log('setDefaultEncoding'); } break;
        default: log('write buf', w.write(opts.objectMode ? arg : Buffer.from([arg])), flags());
      }
    });
  });
}

for (let round = 0; round < ROUNDS / 2; round++) {
  const ops = [];
  for (let i = 0; i < 16; i++) ops.push([pick(8), pick(4)]);
  const opts = { hwm: [1, 2, 8][pick(3)], mode: pick(3), halfOpen: rand() < 0.5 };
  scenario(`random transform ${round}`, (S, log) => {
    const later = (cb) => (opts.mode === 0 ? cb() : opts.mode === 1 ? process.nextTick(cb) : setImmediate(cb));
    const t = new S.Transform({
      highWaterMark: opts.hwm,
      allowHalfOpen: opts.halfOpen,
      transform(c, e, cb) { log('_transform', String(c)); later(() => cb(null, `${c}!`)); },
      flush(cb) { log('_flush'); later(() => cb(null, 'end')); },
    });
    log.events('t', t, ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'drain']);
    return runOps(ops, ([op, arg]) => {
      switch (op) {
        case 0: case 1: case 2: log('write', t.write(`w${arg}`), t.writableLength, t.readableLength); break;
        case 3: log('read', t.read()); break;
        case 4: if (arg === 0) { t.end(); log('end'); } break;
        case 5: if (arg < 2) { t.on('data', (d) => log('data listener', String(d))); log('on data'); } break;
        case 6: if (arg === 0) { t.destroy(); log('destroy'); } else log('pause', t.pause() === t); break;
        default: log('resume', t.resume() === t, t.readableFlowing);
      }
    });
  });
}

// ------------------------------------------------------------------------------------------------

(async () => {
  for (const [name, fn] of scenarios) {
    if (only && !name.includes(only)) continue;
    const a = await runOn('coil', fn);
    const e = await runOn('node', fn);
    if (process.env.DUMP === name) console.log(a);
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
      console.log(`FAIL ${name}\n${out.slice(0, 6).join('\n')}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
})();
