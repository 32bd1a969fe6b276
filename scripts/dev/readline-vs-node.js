#!/usr/bin/env node
'use strict';
// Compares coil's stdlib/readline.js, readline/promises.js and internal/readline/* (run under
// node with the stdlib shim, on coil's events and streams, node's Buffer / string_decoder /
// timers / AbortController) against node's readline: each scenario runs once against each
// implementation and logs what it observes (interface events, lines, keypress objects, every
// chunk written to the output, raw-mode switches, return values and errors, with markers for the
// end of the synchronous part, the first nextTick wave and the microtasks after it); the logs
// must match. Inputs are coil/node PassThrough or Readable streams; terminal scenarios use a
// fake TTY (isTTY = true, setRawMode, a `columns` width on the output).
//
//   node scripts/dev/readline-vs-node.js     # VERBOSE=1 prints passing cases too
//   ONLY=substr (run matching scenarios), DUMP='exact name' (print coil's log of one scenario)
//   COIL=path/to/coil   # runs the scenarios under that coil binary itself (its builtin readline,
//                       # streams and engine) instead of under node with the stdlib shim
//
// Prints every mismatch and ends with `N passed, M failed`.

const util = require('util');

// NATIVE=1: run every scenario on this runtime's own readline and print the logs as JSON (used
// by COIL=path/to/coil, which runs this script under coil that way and compares with node).
const native = process.env.NATIVE === '1';
const coilBinary = process.env.COIL;

function nodeApis() {
  return {
    readline: require('readline'),
    rlp: require('readline/promises'),
    stream: require('stream'),
    EE: require('events'),
  };
}

function shimApis() {
  const { createStdlib } = require('./stdlib-shim');
  const coilRequire = createStdlib({
    bindings: { process_methods: { performanceNow: () => performance.now() } },
    overrides: {
      'internal/util/inspect': () => ({ inspect: util.inspect, format: util.format, formatWithOptions: util.formatWithOptions }),
      'internal/process/task_queues': () => ({ queueMicrotask, nextTick: process.nextTick }),
      buffer: () => require('buffer'),
      string_decoder: () => require('string_decoder'),
      timers: () => require('timers'),
      'internal/abort_controller': () => ({ AbortController, AbortSignal }),
    },
  });
  return {
    readline: coilRequire('readline'),
    rlp: coilRequire('readline/promises'),
    stream: coilRequire('stream'),
    EE: coilRequire('events'),
  };
}

const apis = native || coilBinary ? { node: nodeApis() } : { coil: shimApis(), node: nodeApis() };

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
    for (const k of Object.keys(v)) if (k !== 'code') extra.push(`${k}=${fmt(v[k])}`);
    return `Err(${v.name}|${v.code}|${v.message}${extra.length ? `|${extra.join(',')}` : ''}${v.cause !== undefined ? `|cause=${fmt(v.cause)}` : ''})`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'function') return `fn(${v.name})`;
  if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
  if (v && typeof v === 'object' && typeof v.on === 'function') return `<${v.constructor.name}>`;
  return util.inspect(v, { depth: 4, breakLength: Infinity });
}
function makeLog() {
  const lines = [];
  const log = (...args) => lines.push(args.map((a, i) => (i === 0 && typeof a === 'string' ? a : fmt(a))).join(' '));
  log.lines = lines;
  log.try = (label, fn) => {
    try {
      log(label, 'ok', fn());
    } catch (e) {
      log(label, 'threw', e);
    }
  };
  // For errors the engine itself throws: their messages differ between engines (V8, Boa).
  log.tryEngine = (label, fn) => {
    try {
      log(label, 'ok', fn());
    } catch (e) {
      log(label, 'threw', e.name, e.code);
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

const tick = () => new Promise((resolve) => setImmediate(resolve));
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

async function runOn(which, fn) {
  const log = makeLog();
  currentLog = log;
  const api = apis[which];
  const S = { ...api, ...api.stream, Buffer };
  try {
    const result = await new Promise((resolve) => setImmediate(() => {
      let res;
      try {
        res = fn(S, log);
      } catch (e) {
        log('scenario threw', e);
      }
      log('~~ sync end');
      process.nextTick(() => log('~~ nextTick'));
      queueMicrotask(() => log('~~ microtask'));
      resolve([res]);
    }));
    // A scenario that never settles would let the event loop drain silently: cap it.
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve(log('~~ TIMEOUT')), 3000);
    });
    await Promise.race([result[0], timeout]);
    clearTimeout(timer);
    await ticks(6);
  } catch (e) {
    log('scenario threw', e);
  } finally {
    currentLog = null;
  }
  return log.lines.join('\n');
}

const scenarios = [];
function scenario(name, fn) {
  scenarios.push([name, fn]);
}

// ------------------------------------------------------------------------------------------------
// Helpers

// A Writable that logs each chunk written to it (as a string).
function recorder(S, log, name = 'out', extra = {}) {
  const w = new S.Writable({
    write(chunk, enc, cb) {
      // Stack traces (tab completion errors) differ between implementations: keep the header.
      log(`${name}:`, String(chunk).replace(/\n {4}at .*/g, ''));
      cb();
    },
  });
  Object.assign(w, extra);
  return w;
}

// Logs the interface events with their arguments.
function watch(rl, log, events = ['line', 'close', 'pause', 'resume', 'history', 'SIGINT', 'SIGTSTP', 'SIGCONT', 'error']) {
  for (const ev of events) {
    rl.on(ev, (...args) => log(`rl:${ev}`, ...args.map((a) => (Array.isArray(a) ? a.slice() : a))));
  }
}

// A fake terminal: input with isTTY and setRawMode, output with isTTY and `columns`.
function tty(S, log, { columns = 80, rawLog = true } = {}) {
  const input = new S.PassThrough();
  input.isTTY = true;
  input.isRaw = false;
  input.setRawMode = function(mode) {
    if (rawLog) log('setRawMode', mode);
    this.isRaw = mode;
    return this;
  };
  const output = recorder(S, log, 'out', { isTTY: true, columns });
  return { input, output };
}

// Types each chunk as its own data event, waiting for the event loop in between.
async function type(input, chunks) {
  for (const c of chunks) {
    input.write(c);
    await tick();
  }
}

// Logs the editing state of a terminal interface.
function state(rl, log, label = 'state') {
  log(label, rl.line, rl.cursor, rl.getCursorPos());
}

// ------------------------------------------------------------------------------------------------
// Module shape

scenario('module keys', (S, log) => {
  log(Object.keys(S.readline));
  log(Object.keys(S.rlp));
  log(Object.keys(S.readline.promises), S.readline.promises === S.rlp);
  for (const k of Object.keys(S.readline)) {
    const v = S.readline[k];
    if (typeof v === 'function') log(k, v.name, v.length);
  }
  for (const k of Object.keys(S.rlp)) log('p', k, S.rlp[k].name, S.rlp[k].length);
  log(Object.getOwnPropertyNames(S.rlp.Readline.prototype));
  log(Object.getOwnPropertyNames(S.rlp.Interface.prototype));
  log(Object.keys(S.readline.Interface.prototype));
  const legacy = Object.getOwnPropertyNames(S.readline.Interface.prototype).sort();
  log(legacy);
  const base = Object.getPrototypeOf(S.readline.Interface.prototype);
  log(Object.getOwnPropertyNames(base).sort());
  log(Object.getPrototypeOf(S.rlp.Interface.prototype) === base);
  log(typeof S.readline.Interface.prototype.question[util.promisify.custom]);
});

scenario('instance fields (non-terminal)', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  log(Object.keys(rl).filter((k) => !k.startsWith('_')));
  log(rl.terminal, rl.line, rl.cursor, rl.history, rl.historySize, rl.crlfDelay, rl.tabSize, rl.escapeCodeTimeout);
  log(rl.paused, rl.closed, rl.removeHistoryDuplicates, rl.completer, rl.isCompletionEnabled, rl.columns);
  log(rl.getPrompt(), rl._prompt, rl._line_buffer, rl._sawReturnAt, rl._previousKey, rl._questionCallback);
  log(rl instanceof S.readline.Interface, rl instanceof S.EE, rl.input === input, rl.output);
  log(typeof rl[Symbol.asyncIterator], rl.getCursorPos());
  rl.close();
  log(rl.paused, rl.closed, input.isPaused());
});

scenario('instance fields (terminal)', (S, log) => {
  const { input, output } = tty(S, log, { columns: 40 });
  const rl = S.readline.createInterface({ input, output, prompt: '$ ', historySize: 5, crlfDelay: 250, tabSize: 4, escapeCodeTimeout: 50 });
  log(Object.keys(rl).filter((k) => !k.startsWith('_')));
  log(rl.terminal, rl.line, rl.cursor, rl.historyIndex, rl.historySize, rl.crlfDelay, rl.tabSize, rl.escapeCodeTimeout);
  log(rl.columns, rl.getPrompt(), rl.getCursorPos(), input.isRaw, input.listenerCount('keypress'), input.listenerCount('data'));
  rl.close();
  log(input.isRaw, input.listenerCount('keypress'), input.listenerCount('end'), output.listenerCount('resize'));
});

scenario('without new / positional args', (S, log) => {
  const input = new S.PassThrough();
  const out = recorder(S, log);
  const rl = S.readline.Interface(input, out, undefined, false);
  log(rl instanceof S.readline.Interface, rl.terminal, rl.output === out);
  const rl2 = S.readline.createInterface(input, out, (l) => [[l], l], true);
  log(rl2.terminal, typeof rl2.completer, rl2.completer.length);
  const rl3 = new S.rlp.Interface(input, out, undefined, false);
  log(rl3 instanceof S.readline.Interface, rl3.terminal);
  log.tryEngine('rlp no new', () => S.rlp.Interface(input));
  rl.close();
  rl2.close();
  rl3.close();
});

scenario('option validation', (S, log) => {
  const input = new S.PassThrough();
  const make = (label, opts) => log.try(label, () => {
    const rl = S.readline.createInterface({ input, ...opts });
    rl.close();
    return 'made';
  });
  make('completer str', { completer: 'x' });
  make('completer null', { completer: null });
  make('history str', { history: 'x' });
  make('history null', { history: null });
  make('historySize -1', { historySize: -1 });
  make('historySize str', { historySize: '3' });
  make('historySize NaN', { historySize: NaN });
  make('historySize Inf', { historySize: Infinity });
  make('tabSize 0', { tabSize: 0 });
  make('tabSize 1.5', { tabSize: 1.5 });
  make('tabSize str', { tabSize: '4' });
  make('escapeCodeTimeout NaN', { escapeCodeTimeout: NaN });
  make('escapeCodeTimeout str', { escapeCodeTimeout: '5' });
  make('escapeCodeTimeout Inf', { escapeCodeTimeout: Infinity });
  make('signal bad', { signal: {} });
  make('signal str', { signal: 'x' });
  make('crlfDelay 5', { crlfDelay: 5 });
  log.try('crlfDelay values', () => [0, 50, 150, undefined, '300'].map((c) => {
    const rl = S.readline.createInterface({ input, crlfDelay: c });
    rl.close();
    return rl.crlfDelay;
  }));
  log.tryEngine('no input', () => S.readline.createInterface({}));
  log.tryEngine('undefined', () => S.readline.createInterface());
  log.tryEngine('input not stream', () => S.readline.createInterface({ input: {} }));
  log.try('positional completer bad', () => S.readline.createInterface(input, null, 5));
  log.try('rlp completer bad', () => S.rlp.createInterface({ input, completer: 1 }));
});

// ------------------------------------------------------------------------------------------------
// Non-terminal line splitting

const texts = [
  'ab\ncd\n',
  'ab\r\ncd\r\n',
  'a\rb\rc',
  'x\r\r\ny\n\rz',
  '\n\n\r\n\r',
  'no newline at all',
  'multi\nline\r\nmixed\rend',
  'héllo wörld\n€uro 😀\nend',
];
for (const [i, text] of texts.entries()) {
  scenario(`lines one chunk ${i}`, (S, log) => {
    const input = new S.PassThrough();
    const rl = S.readline.createInterface({ input });
    watch(rl, log);
    input.end(text);
  });
  // Every split into two chunks (string chunks, so no multi-byte splits here).
  scenario(`lines split two ${i}`, async (S, log) => {
    for (let cut = 0; cut <= text.length; cut++) {
      const input = new S.PassThrough();
      const rl = S.readline.createInterface({ input });
      const got = [];
      rl.on('line', (l) => got.push(l));
      rl.on('close', () => got.push('<close>'));
      input.write(text.slice(0, cut));
      input.end(text.slice(cut));
      await tick();
      log(cut, got);
    }
  });
}

scenario('lines split bytes everywhere', async (S, log) => {
  const buf = Buffer.from('añb€c😀d\r\ne\n𝄞\rZ', 'utf8');
  for (let cut = 0; cut <= buf.length; cut++) {
    const input = new S.PassThrough();
    const rl = S.readline.createInterface({ input });
    const got = [];
    rl.on('line', (l) => got.push(l));
    rl.on('close', () => got.push('<close>'));
    input.write(buf.subarray(0, cut));
    input.end(buf.subarray(cut));
    await tick();
    log(cut, got);
  }
});

scenario('lines around scan windows', async (S, log) => {
  // Line endings on and across 1024-unit boundaries, in big chunks.
  for (const size of [1022, 1023, 1024, 1025, 2047, 2048]) {
    const texts = [
      `${'a'.repeat(size)}\r\n${'b'.repeat(size)}\r${'c'.repeat(3000)}\n\n`,
      `${'d'.repeat(size)}\n\r${'é'.repeat(size)}\r\r\n`,
    ];
    for (const text of texts) {
      const input = new S.PassThrough();
      const rl = S.readline.createInterface({ input });
      const got = [];
      rl.on('line', (l) => got.push(`${l[0]}x${l.length}`));
      input.write(text.slice(0, size + 1));
      input.end(text.slice(size + 1));
      await tick();
      log(size, got);
    }
  }
});

scenario('lines one byte per chunk', (S, log) => {
  const buf = Buffer.from('a€\r\nb😀\rc\n\nd', 'utf8');
  const chunks = [];
  for (const b of buf) chunks.push(Buffer.from([b]));
  const rl = S.readline.createInterface({ input: S.Readable.from(chunks) });
  watch(rl, log);
});

scenario('Readable.from strings', (S, log) => {
  const rl = S.readline.createInterface({ input: S.Readable.from(['one\ntw', 'o\r', '\nthree', '']) });
  watch(rl, log);
});

scenario('crlf across chunks with pause', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  watch(rl, log);
  input.write('a\r');
  await tick();
  input.write('\nb\r');
  await later(150);
  // More than crlfDelay later: the \n is an empty line.
  input.write('\nc\n');
  await tick();
  input.end();
});

scenario('crlfDelay long', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, crlfDelay: Infinity });
  watch(rl, log);
  input.write('a\r');
  await later(120);
  input.write('\nb\n');
  await tick();
  input.end();
});

scenario('empty input', (S, log) => {
  const rl = S.readline.createInterface({ input: S.Readable.from([]) });
  watch(rl, log);
});

scenario('only newlines', (S, log) => {
  const rl = S.readline.createInterface({ input: S.Readable.from(['\n', '\n\n', '\r\n']) });
  watch(rl, log);
});

scenario('close in line listener keeps emitting chunk lines', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  watch(rl, log);
  rl.once('line', () => rl.close());
  input.write('1\n2\n3\n');
  input.write('4\n');
  log('closed', rl.closed);
});

scenario('pause and resume', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  watch(rl, log);
  log('pause ret', rl.pause() === rl, rl.paused, input.isPaused());
  log('pause again', rl.pause());
  input.write('a\nb\n');
  await tick();
  log('resume ret', rl.resume() === rl, rl.paused);
  log('resume again', rl.resume());
  await tick();
  rl.pause();
  rl.write('typed\n');
  log('paused after write', rl.paused);
  input.end('z');
});

scenario('write in non-terminal', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, output: recorder(S, log), terminal: false });
  watch(rl, log);
  rl.write('a');
  rl.write('b\nc');
  rl.write(Buffer.from('\r\nd\r'));
  rl.write('\n');
  rl.write(undefined);
  log.try('write null', () => rl.write(null));
  log.try('write number', () => rl.write(5));
  log('line', rl.line, rl._line_buffer);
  rl.close();
  log.try('write after close', () => rl.write('x\n'));
});

scenario('line listener writes more', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  let n = 0;
  rl.on('line', (l) => {
    log('line', l);
    if (n++ === 0) rl.write('inner\nrest');
  });
  input.end('a\nb\nc');
});

scenario('input error', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  watch(rl, log);
  input.destroy(new Error('boom'));
});

scenario('input error unhandled', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  rl.on('close', () => log('close'));
  input.emit('error', new Error('raw'));
  log('after');
});

scenario('listeners removed on close', (S, log) => {
  const input = new S.PassThrough();
  log('before', input.listenerCount('data'), input.listenerCount('end'), input.listenerCount('error'));
  const rl = S.readline.createInterface({ input });
  log('open', input.listenerCount('data'), input.listenerCount('end'), input.listenerCount('error'));
  rl.close();
  rl.close();
  log('closed', input.listenerCount('data'), input.listenerCount('end'), input.listenerCount('error'), input.isPaused());
});

scenario('signal abort closes', async (S, log) => {
  const ac = new AbortController();
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, signal: ac.signal });
  watch(rl, log);
  input.write('x\n');
  await tick();
  ac.abort();
  log('closed', rl.closed);
  input.write('y\n');
});

scenario('signal already aborted', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, signal: AbortSignal.abort() });
  watch(rl, log);
  log('closed sync', rl.closed);
  input.write('x\n');
});

scenario('events.once close', async (S, log) => {
  const rl = S.readline.createInterface({ input: S.Readable.from(['a\nb\n', 'c']) });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  await S.EE.once(rl, 'close');
  log('lines', lines);
});

// ------------------------------------------------------------------------------------------------
// prompt / question

scenario('prompt non-terminal', (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, output: recorder(S, log), prompt: 'P> ' });
  watch(rl, log);
  rl.prompt();
  rl.setPrompt('Q: ');
  log('getPrompt', rl.getPrompt());
  rl.prompt(true);
  rl.pause();
  rl.prompt();
  log('paused', rl.paused);
  rl.setPrompt(5);
  log.try('prompt number', () => rl.prompt());
  rl.close();
});

scenario('question callback', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, output: recorder(S, log) });
  watch(rl, log);
  rl.question('name? ', (a) => log('answer', a, rl.getPrompt()));
  rl.question('ignored? ', (a) => log('second', a));
  log('prompt during', rl.getPrompt());
  input.write('bob\nnext\n');
  await tick();
  rl.question('again? ', { signal: undefined }, (a) => log('answer2', a));
  input.write('x\n');
  await tick();
  rl.question('no cb?');
  rl.question('opts only', {});
  rl.question('null opts', null, (a) => log('answer3', a));
  input.write('y\n');
  await tick();
  rl.close();
  log.try('question after close', () => rl.question('q', () => {}));
});

scenario('question with signal', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, output: recorder(S, log) });
  watch(rl, log);
  const ac = new AbortController();
  rl.question('q1 ', { signal: ac.signal }, (a) => log('answer', a));
  ac.abort();
  log('prompt', rl.getPrompt());
  input.write('after abort\n');
  await tick();
  rl.question('q2 ', { signal: AbortSignal.abort() }, (a) => log('never', a));
  log('prompt2', rl.getPrompt());
  const ac2 = new AbortController();
  rl.question('q3 ', { signal: ac2.signal }, (a) => log('answer3', a));
  input.write('three\n');
  await tick();
  ac2.abort();
  log.try('bad signal', () => rl.question('q4', { signal: 1 }, () => {}));
  rl.close();
});

scenario('question promisified', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, output: recorder(S, log) });
  const question = util.promisify(rl.question).bind(rl);
  const p = question('who? ');
  input.write('me\n');
  await log.settle('q', p);
  const ac = new AbortController();
  const p2 = question('abort? ', { signal: ac.signal });
  ac.abort('why');
  await log.settle('q2', p2);
  await log.settle('q3', question('pre', { signal: AbortSignal.abort() }));
  rl.close();
});

scenario('promises question', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.rlp.createInterface({ input, output: recorder(S, log) });
  watch(rl, log);
  const p = rl.question('a? ');
  log('is promise', p instanceof Promise);
  input.write('yes\n');
  await log.settle('q', p);
  await log.settle('pre aborted', rl.question('b? ', { signal: AbortSignal.abort(new Error('r')) }));
  const ac = new AbortController();
  const p3 = rl.question('c? ', { signal: ac.signal });
  ac.abort();
  await log.settle('aborted', p3);
  input.write('later\n');
  await tick();
  await log.settle('bad signal', rl.question('d', { signal: 'x' }).catch((e) => { throw e; }));
  const p5 = rl.question('e', null);
  input.write('eee\n');
  await log.settle('null options', p5);
  rl.close();
  await log.settle('after close', rl.question('f'));
});

scenario('promises question then close', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.rlp.createInterface({ input, output: recorder(S, log) });
  const p = rl.question('pending? ');
  p.then((v) => log('resolved', v), (e) => log('rejected', e));
  rl.close();
  await ticks(2);
  log('settled?');
});

// ------------------------------------------------------------------------------------------------
// Async iteration

scenario('for await lines', async (S, log) => {
  const rl = S.readline.createInterface({ input: S.Readable.from(['a\nb', '\r\nc\n', 'd']), crlfDelay: Infinity });
  rl.on('close', () => log('close event'));
  for await (const line of rl) log('line', line);
  log('done');
});

scenario('for await break', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  watch(rl, log, ['close', 'pause', 'resume']);
  input.write('1\n2\n3\n');
  for await (const line of rl) {
    log('line', line);
    if (line === '2') break;
  }
  log('after break', rl.closed);
});

scenario('lines buffered before iterating', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  const it = rl[Symbol.asyncIterator]();
  log('same iterator', it === rl[Symbol.asyncIterator]());
  input.write('x\ny\n');
  await ticks(2);
  input.end('z\n');
  await ticks(2);
  log(await it.next());
  log(await it.next());
  log(await it.next());
  log(await it.next());
  log(await it.next());
});

scenario('iterator highWaterMark pauses', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  watch(rl, log, ['pause', 'resume', 'close']);
  const it = rl[Symbol.asyncIterator]();
  const lines = [];
  for (let i = 0; i < 1100; i++) lines.push(`l${i}`);
  input.write(`${lines.join('\n')}\n`);
  await tick();
  log('paused', rl.paused);
  let n = 0;
  while (n < 1100) {
    const r = await it.next();
    if (r.done) break;
    n++;
  }
  log('read', n, rl.paused);
  input.end();
  log(await it.next());
});

scenario('iterator error', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input });
  const it = rl[Symbol.asyncIterator]();
  input.write('a\n');
  await tick();
  input.destroy(new Error('bad input'));
  await log.settle('n1', it.next());
  await log.settle('n2', it.next());
});

scenario('promises interface iteration', async (S, log) => {
  const rl = S.rlp.createInterface({ input: S.Readable.from(['p\nq\n']) });
  const got = [];
  for await (const l of rl) got.push(l);
  log(got);
});

// ------------------------------------------------------------------------------------------------
// Cursor helpers

scenario('cursor helpers', async (S, log) => {
  const out = recorder(S, log);
  const cb = (label) => (err) => log('cb', label, err);
  log('cursorTo x', S.readline.cursorTo(out, 3));
  log('cursorTo xy', S.readline.cursorTo(out, 3, 4, cb('xy')));
  log('cursorTo cb', S.readline.cursorTo(out, 0, cb('y is cb')));
  log('cursorTo none', S.readline.cursorTo(out, undefined, undefined, cb('none')));
  log('cursorTo null', S.readline.cursorTo(null, 1, 1, cb('null')));
  log.try('cursorTo y only', () => S.readline.cursorTo(out, undefined, 2));
  log.try('cursorTo NaN x', () => S.readline.cursorTo(out, NaN));
  log.try('cursorTo NaN y', () => S.readline.cursorTo(out, 1, NaN));
  log.try('cursorTo bad cb', () => S.readline.cursorTo(out, 1, 1, 'cb'));
  log.try('cursorTo str', () => S.readline.cursorTo(out, '2'));
  log('move', S.readline.moveCursor(out, -2, 3), S.readline.moveCursor(out, 5, -1), S.readline.moveCursor(out, 0, 0, cb('zero')));
  log('move x only', S.readline.moveCursor(out, 4), S.readline.moveCursor(null, 1, 1, cb('move null')));
  log.try('move bad cb', () => S.readline.moveCursor(out, 1, 1, 3));
  log('clearLine', S.readline.clearLine(out, -1), S.readline.clearLine(out, 1), S.readline.clearLine(out, 0), S.readline.clearLine(out));
  log('clearLine null', S.readline.clearLine(undefined, 0, cb('cl null')));
  log.try('clearLine bad cb', () => S.readline.clearLine(out, 0, {}));
  log('clearScreenDown', S.readline.clearScreenDown(out, cb('csd')), S.readline.clearScreenDown(null));
  log.try('clearScreenDown bad cb', () => S.readline.clearScreenDown(out, 1));
  log('sync end');
});

scenario('cursor helpers backpressure', (S, log) => {
  const out = new S.Writable({ highWaterMark: 2, write(c, e, cb) { log('w', String(c)); setImmediate(cb); } });
  log(S.readline.cursorTo(out, 10, 10), S.readline.moveCursor(out, 1, 1), S.readline.clearLine(out, 0));
});

scenario('Readline class', async (S, log) => {
  const out = recorder(S, log);
  const r = new S.rlp.Readline(out);
  log('chain', r.cursorTo(1) === r, r.cursorTo(2, 3) === r, r.moveCursor(-1, 2) === r, r.moveCursor(0, 0) === r);
  r.clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  log('before commit');
  const p = r.commit();
  log('committed');
  await log.settle('commit', p);
  r.cursorTo(5).rollback();
  await log.settle('empty commit', r.commit());
  log.try('cursorTo bad', () => r.cursorTo('1'));
  log.try('cursorTo float', () => r.cursorTo(1.5));
  log.try('cursorTo bad y', () => r.cursorTo(1, 'x'));
  log.try('cursorTo null y', () => r.cursorTo(1, null));
  log.try('moveCursor bad', () => r.moveCursor(1, 'x'));
  log.try('moveCursor undef dy', () => r.moveCursor(1));
  log.try('clearLine 2', () => r.clearLine(2));
  log.try('clearLine none', () => r.clearLine());
  log.try('no stream', () => new S.rlp.Readline());
  log.try('bad stream', () => new S.rlp.Readline({}));
  log.try('readable stream', () => new S.rlp.Readline(S.Readable.from([])));
  log.try('autoCommit bad', () => new S.rlp.Readline(out, { autoCommit: 1 }));
  r.rollback();
  await log.settle('commit2', r.commit());
});

scenario('Readline autoCommit', async (S, log) => {
  const out = recorder(S, log);
  const r = new S.rlp.Readline(out, { autoCommit: true });
  r.cursorTo(0, 0).moveCursor(2, 2).clearLine(0).clearScreenDown();
  log('queued');
  await ticks(1);
  await log.settle('commit', r.commit());
});

// ------------------------------------------------------------------------------------------------
// Keypress decoding

const keySequences = [
  'a', 'Z', '7', '.', ' ', 'é', '😀', '\x01', '\x1a', '\x00', '\x7f', '\b', '\t', '\r', '\n',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[E', '\x1b[F', '\x1b[H', '\x1bOA', '\x1bOH', '\x1bOP',
  '\x1b[1;5A', '\x1b[1;2C', '\x1b[1;3D', '\x1b[1;9B', '\x1b[5H', '\x1b[3~', '\x1b[3;5~', '\x1b[3;2~',
  '\x1b[11~', '\x1b[15~', '\x1b[24~', '\x1b[24;5~', '\x1b[200~', '\x1b[201~', '\x1b[[A', '\x1b[[5~',
  '\x1b[a', '\x1b[2$', '\x1bOa', '\x1b[7^', '\x1b[Z', '\x1b[99x', '\x1b[1;5x', '\x1bb', '\x1bB',
  '\x1b\r', '\x1b\x7f', '\x1b ', '\x1b.', '\x1b\x1b[A', '\x1b\x1bOA', '\x1bO5A', '\x1b[P', '\x1b[1;5P',
  '\x1b[123~', '\x1b[12;3~', '\x1b[1;', '\x1b[;5A',
];

scenario('keypress each sequence', async (S, log) => {
  const input = new S.PassThrough();
  S.readline.emitKeypressEvents(input);
  input.on('keypress', (s, key) => log('key', s, key));
  for (const seq of keySequences) {
    log('send', seq);
    input.write(seq);
    await tick();
  }
});

scenario('keypress all in one chunk', (S, log) => {
  const input = new S.PassThrough();
  S.readline.emitKeypressEvents(input);
  input.on('keypress', (s, key) => log('key', s, key));
  input.write(keySequences.join(''));
});

scenario('keypress split sequences', async (S, log) => {
  const input = new S.PassThrough();
  S.readline.emitKeypressEvents(input);
  input.on('keypress', (s, key) => log('key', s, key));
  for (const chunk of ['\x1b', '[', '1', ';', '5', 'C', '\x1b[', '3~', 'x\x1bO', 'P']) {
    input.write(chunk);
    await tick();
  }
  input.write(Buffer.from([0xe2, 0x82]));
  await tick();
  input.write(Buffer.from([0xac, 0x61]));
  await tick();
});

scenario('keypress escape timeout', async (S, log) => {
  const input = new S.PassThrough();
  S.readline.emitKeypressEvents(input, { escapeCodeTimeout: 20 });
  input.on('keypress', (s, key) => log('key', s, key));
  input.write('\x1b');
  await later(60);
  log('after timeout');
  input.write('a\x1b');
  await later(5);
  input.write('[A');
  await later(60);
  input.write('\x1b\x1b');
  await later(60);
});

scenario('keypress listener added later and removed', async (S, log) => {
  const input = new S.PassThrough();
  S.readline.emitKeypressEvents(input);
  S.readline.emitKeypressEvents(input);
  log('data listeners', input.listenerCount('data'), input.listenerCount('newListener'));
  input.write('ignored');
  await tick();
  const onKey = (s, key) => log('key', s, key.name);
  input.on('keypress', onKey);
  log('data listeners', input.listenerCount('data'), input.listenerCount('newListener'));
  input.write('ab');
  await tick();
  input.removeListener('keypress', onKey);
  input.write('c');
  await tick();
  log('data listeners', input.listenerCount('data'), input.listenerCount('newListener'));
  input.on('keypress', onKey);
  input.write('d');
  await tick();
});

scenario('keypress listener throws', async (S, log) => {
  const input = new S.PassThrough();
  S.readline.emitKeypressEvents(input);
  let n = 0;
  input.on('keypress', (s, key) => {
    log('key', s, key.name);
    if (n++ === 1) throw new Error('listener');
  });
  input.write('abc');
  await tick();
  input.write('\x1b[A');
  await tick();
});

// ------------------------------------------------------------------------------------------------
// Terminal editing

function termScenario(name, keys, opts = {}) {
  scenario(name, async (S, log) => {
    const { input, output } = tty(S, log, { columns: opts.columns ?? 80 });
    const mod = opts.promises ? S.rlp : S.readline;
    // Copy the history: both runs must start from the same one.
    const rlOpts = { ...(opts.rl || {}) };
    if (rlOpts.history) rlOpts.history = rlOpts.history.slice();
    const rl = mod.createInterface({ input, output, ...rlOpts });
    watch(rl, log);
    if (opts.setup) opts.setup(rl, log, S);
    if (opts.prompt !== false) rl.prompt();
    for (const k of keys) {
      log('type', k);
      if (typeof k === 'function') k(rl, log);
      else input.write(k);
      await tick();
      state(rl, log);
    }
    if (!opts.keepOpen) rl.close();
    await tick();
  });
}

termScenario('type and enter', ['h', 'i', '\r', 'x', 'y', '\n']);
termScenario('crlf in terminal', ['a', '\r\n', 'b', '\r', '\n', 'c', '\n', '\n']);
termScenario('left right insert', ['abcd', '\x1b[D', '\x1b[D', 'X', '\x1b[C', 'Y', '\x1b[C', '\x1b[C', 'Z', '\r']);
termScenario('home end', ['hello', '\x1b[H', '>', '\x1b[F', '<', '\x1b[1~', '\x1b[4~', '\x1bOH', '\x1bOF', '\r']);
termScenario('backspace delete', ['abcdef', '\x7f', '\b', '\x1b[D', '\x1b[D', '\x1b[3~', '\x1b[H', '\x7f', '\x1b[3~', '\r']);
termScenario('ctrl keys', ['one two three', '\x01', '\x06', '\x06', '\x02', '\x05', '\x08', '\x04', '\x01', '\x04', '\x0b', '\x05', '\x15', '\r']);
termScenario('ctrl w and kill ring', ['alpha beta gamma', '\x17', '\x17', 'x', '\x01', '\x0b', '\x19', '\x19', '\r']);
termScenario('yank pop', ['one', '\x15', 'two', '\x15', 'three', '\x15', '\x19', '\x1by', '\x1by', '\x1by', 'z', '\x1by', '\r']);
termScenario('word motions', ['foo.bar  baz-qux', '\x1bb', '\x1bb', '\x1bb', '\x1bf', '\x1b[1;5D', '\x1b[1;5C', '\x1bd', '\x1b\x7f', '\x1b[3;5~', '\x01', '\x1bd', '\r']);
termScenario('word delete punctuation', ['a ..  b', '\x01', '\x1b[3;5~', '\x1b[3;5~', '\x05', 'x  ', '\x17', '\r']);
termScenario('ctrl shift delete', ['abc def', '\x1b[D', '\x1b[D', (rl) => rl.write(null, { ctrl: true, shift: true, name: 'backspace' }), (rl) => rl.write(null, { ctrl: true, shift: true, name: 'delete' }), '\r']);
termScenario('undo redo', ['abc', '\x7f', 'd', '\x1f', '\x1f', '\x1f', '\x1e', '\x1e', '\x1f', '\x1f', '\x1f', '\x1f', '\x1f', '\x1e', '\r']);
termScenario('ctrl l clears screen', ['abc', '\x0c', '\r']);
termScenario('escape ignored', ['ab', (rl) => rl.write(null, { name: 'escape' }), 'c', '\r']);
termScenario('unknown keys', ['a', '\x1b[15~', '\x1b[2~', '\x1b[5~', '\x1b[99x', '\x1b[Z', '\x00', 'b', '\r']);
termScenario('tab without completer', ['a\tb', '\t', '\r']);
termScenario('paste multi-char chunk', ['abc\ndef\r\nghi', 'X', '\r']);
termScenario('paste with cursor inside', ['hello', '\x1b[D\x1b[D', 'XYZ', '\r']);
termScenario('wide and astral chars', ['日本語', '😀', 'é', '\x1b[D', '\x1b[D', '\x7f', 'x', '\x1b[H', '\x1b[3~', '\r']);
termScenario('long line wraps', ['abcdefghijkl', 'mnop', '\x1b[H', 'X', '\x01', '\x05', '\x1b[D', '\x7f', 'qrstuvwxyz', '\r'], { columns: 10 });
termScenario('wide chars wrap', ['日本語日本語', '\x1b[H', '\x1b[F', 'x', '\r'], { columns: 7 });
termScenario('tabs in line', ['a\tb', '\t\tc', '\x1b[D', '\r'], { rl: { tabSize: 4 } });
termScenario('history up down', ['\x1b[A', '\x1b[B', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', '\x1b[B', '\x1b[B', 'z', '\x1b[A', '\r'], { rl: { history: ['third', 'second', 'first'] } });
termScenario('history substring search', ['s', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', 'x', '\x1b[A', '\x0e', '\x10', '\r'], { rl: { history: ['sam', 'bob', 'sue', 'sid'] } });
termScenario('history add', ['one\r', 'two\r', 'two\r', '  \r', '\r', 'one\r', '\x1b[A', '\x1b[A', '\x1b[A', '\r'], { rl: { historySize: 3 } });
termScenario('history removeDuplicates', ['a\r', 'b\r', 'a\r', '\x1b[A', '\x1b[A', '\x1b[A', '\r'], { rl: { removeHistoryDuplicates: true } });
termScenario('history size 0', ['a\r', '\x1b[A', '\r'], { rl: { historySize: 0 } });
termScenario('history listener edits', ['secret\r', 'plain\r', '\x1b[A', '\r'], {
  setup(rl) {
    rl.on('history', (h) => { if (h[0] === 'secret') h.shift(); });
  },
});
termScenario('prompt custom', ['abc', (rl) => rl.setPrompt('>> '), (rl) => rl.prompt(), (rl) => rl.prompt(true), '\r'], { rl: { prompt: '~$ ' } });
termScenario('write api', [(rl) => rl.write('typed'), (rl) => rl.write(null, { ctrl: true, name: 'a' }), (rl) => rl.write('<'), (rl) => rl.write(null, { name: 'end' }), (rl) => rl.write('x\ny'), (rl) => rl.write(undefined), (rl) => rl.write('\r')]);
termScenario('write while paused', [(rl) => rl.pause(), (rl) => rl.write('p'), (rl) => rl.pause(), 'q', (rl) => rl.resume(), '\r']);
termScenario('ctrl c closes', ['ab', '\x03', 'c']);
termScenario('ctrl c with SIGINT listener', ['ab', '\x03', 'c', '\r'], { setup(rl, log) { rl.on('SIGINT', () => log('handler')); } });
termScenario('ctrl d', ['ab', '\x1b[D', '\x04', '\x04', '\x04', '\x15', '\x04', 'x']);
termScenario('ctrl z with SIGTSTP', ['a', '\x1a', '\r'], { setup(rl, log) { rl.on('SIGTSTP', () => log('tstp')); } });
termScenario('end of input mid line', ['abc', (rl) => rl.input.end()], { keepOpen: true });
termScenario('end of input empty line', ['abc\r', (rl) => rl.input.end()], { keepOpen: true });
termScenario('resize redraws', ['abc', (rl) => { rl.output.columns = 2; rl.output.emit('resize'); }, '\r']);
termScenario('question in terminal', [(rl, log) => rl.question('Name? ', (a) => log('answer', a)), 'bo', '\x7f', 'b', '\r', 'next\r'], { prompt: false });
termScenario('question cancel in terminal', [(rl, log) => {
  const ac = new AbortController();
  rl.question('Q? ', { signal: ac.signal }, (a) => log('answer', a));
  rl.ac = ac;
}, 'par', (rl) => rl.ac.abort(), 'tial\r'], { prompt: false });
termScenario('getCursorPos multi-row', ['0123456789abcdef', (rl, log) => log('pos', rl.getCursorPos(), rl._getCursorPos()), '\x01', (rl, log) => log('pos', rl.getCursorPos())], { columns: 6, rl: { prompt: '>>>' } });
termScenario('prompt with newline and ansi', ['x', '\x1b[D', 'y', '\r'], { rl: { prompt: '\x1b[31mred\x1b[0m\nline2> ' } });
termScenario('no output stream', ['abc', '\x1b[D', '\x7f', '\r']);

scenario('terminal without output', async (S, log) => {
  const { input } = tty(S, log);
  const rl = S.readline.createInterface({ input, terminal: true });
  watch(rl, log);
  rl.prompt();
  await type(input, ['ab', '\x1b[D', 'c', '\x0c', '\r']);
  log('columns', rl.columns, rl.getCursorPos());
  rl.close();
});

scenario('terminal false on tty output', async (S, log) => {
  const { input, output } = tty(S, log);
  const rl = S.readline.createInterface({ input, output, terminal: false });
  watch(rl, log);
  rl.prompt();
  await type(input, ['ab\x1b[D', 'c\r\n']);
  rl.close();
});

scenario('terminal true on plain output', async (S, log) => {
  const input = new S.PassThrough();
  const rl = S.readline.createInterface({ input, output: recorder(S, log), terminal: true });
  watch(rl, log);
  rl.prompt();
  await type(input, ['ab', '\r']);
  rl.close();
});

// Tab completion

const fruits = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];
function syncCompleter(line) {
  const word = line.split(' ').pop();
  const hits = fruits.filter((f) => f.startsWith(word));
  return [hits.length ? hits : fruits, word];
}

termScenario('tab sync completer', ['a', '\t', 'p', '\t', '\r', 'b', '\t', '\t', 'l', '\t', '\r', 'z', '\t', '\t', '\r', '\t', '\t', '\r'], { rl: { completer: syncCompleter } });
termScenario('tab callback completer', ['ch', '\t', '\r', 'a', '\t', '\t', '\r'], {
  rl: { completer: (line, cb) => setImmediate(() => cb(null, syncCompleter(line))) },
});
termScenario('tab callback completer error', ['a', '\t', 'b', '\r'], {
  rl: { completer: (line, cb) => cb(new Error('no completions')) },
});
termScenario('tab sync completer throws', ['a', '\t', 'b', '\r'], {
  rl: { completer: () => { throw new Error('thrown'); } },
});
termScenario('tab completion columns', ['\t', '\t', '\r'], { columns: 30, rl: { completer: (l) => [['aa', 'bbbbbb', '', 'cc', 'ddddddd', 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', '日本'], l] } });
termScenario('tab completion replaces prefix', ['xyz', '\t', '\r'], { rl: { completer: (l) => [['abc', 'abd'], l] } });
termScenario('tab completion empty', ['q', '\t', '\t', '\r'], { rl: { completer: (l) => [[], l] } });
termScenario('tab completer mid line', ['ap cherry', '\x1b[H', '\x1b[C', '\x1b[C', '\t', '\r'], { rl: { completer: syncCompleter } });
termScenario('tab in paste is text', ['a\tb\r'], { rl: { completer: syncCompleter } });
termScenario('promises tab async completer', ['bl', '\t', '\r', 'a', '\t', '\t', '\r'], {
  promises: true,
  rl: { completer: async (line) => { await null; return syncCompleter(line); } },
});
termScenario('promises tab sync completer', ['ch', '\t', '\r'], { promises: true, rl: { completer: syncCompleter } });
termScenario('promises tab completer rejects', ['a', '\t', 'x', '\r'], { promises: true, rl: { completer: async () => { throw new TypeError('nope'); } } });

scenario('promises question ctrl c', async (S, log) => {
  const { input, output } = tty(S, log);
  const rl = S.rlp.createInterface({ input, output });
  watch(rl, log);
  const settled = log.settle('q', rl.question('Q? '));
  await type(input, ['ab', '\x03']);
  await settled;
});

scenario('promises question ctrl d', async (S, log) => {
  const { input, output } = tty(S, log);
  const rl = S.rlp.createInterface({ input, output });
  watch(rl, log);
  const settled = log.settle('q', rl.question('Q? '));
  await type(input, ['\x04']);
  await settled;
});

scenario('promises question terminal answer', async (S, log) => {
  const { input, output } = tty(S, log);
  const rl = S.rlp.createInterface({ input, output, terminal: true });
  const p = rl.question('Q? ');
  await type(input, ['yes', '\x1b[D', 'Y', '\r']);
  await log.settle('q', p);
  rl.close();
});

scenario('legacy _writeToOutput override', async (S, log) => {
  const { input, output } = tty(S, log);
  const rl = S.readline.createInterface({ input, output });
  rl._writeToOutput = function(s) {
    log('masked', s.replace(/[a-z]/g, '*'));
  };
  rl.question('Password: ', (a) => log('answer', a));
  await type(input, ['secret', '\x7f', '\r']);
  rl.close();
});

scenario('legacy underscore methods', async (S, log) => {
  const { input, output } = tty(S, log);
  const rl = S.readline.createInterface({ input, output });
  rl._insertString('abc def');
  state(rl, log);
  rl._wordLeft();
  state(rl, log);
  rl._deleteLeft();
  rl._moveCursor(-1);
  state(rl, log);
  rl._deleteWordRight();
  rl._refreshLine();
  log('display', rl._getDisplayPos('ab\tc\n日本'), rl._getDisplayPos(''));
  rl._line();
  log('history', rl.history);
  rl._historyPrev();
  state(rl, log);
  rl._ttyWrite('z', { name: 'z' });
  rl._onLine('direct');
  log('addHistory', rl._addHistory());
  rl.close();
});

scenario('TERM dumb', async (S, log) => {
  const saved = process.env.TERM;
  process.env.TERM = 'dumb';
  try {
    const { input, output } = tty(S, log);
    const rl = S.readline.createInterface({ input, output });
    watch(rl, log);
    rl.prompt();
    await type(input, ['ab', '\x1b[D', '\x7f', '\r', 'c\r\n', '\x03']);
    state(rl, log);
    await type(input, ['\x04']);
  } finally {
    if (saved === undefined) delete process.env.TERM;
    else process.env.TERM = saved;
  }
});

scenario('escape key in interface', async (S, log) => {
  const { input, output } = tty(S, log);
  const rl = S.readline.createInterface({ input, output, escapeCodeTimeout: 15 });
  watch(rl, log);
  input.on('keypress', (s, k) => log('key', s, k));
  await type(input, ['a', '\x1b']);
  await later(40);
  await type(input, ['b', '\r']);
  rl.close();
});

scenario('setRawMode only with function', (S, log) => {
  const input = new S.PassThrough();
  input.isRaw = 'orig';
  const rl = S.readline.createInterface({ input, output: recorder(S, log, 'out', { isTTY: true }) });
  log('terminal', rl.terminal, input.isRaw);
  log('setRaw returns', rl._setRawMode(true));
  rl.close();
});

// ------------------------------------------------------------------------------------------------
// Random sequences (SEED=n ROUNDS=n)

let seed = Number(process.env.SEED || 1);
const ROUNDS = Number(process.env.ROUNDS || 40);
function rand() {
  // xorshift32: the same sequence for both implementations.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];

const randomPieces = ['a', 'b', ' ', 'é', '€', '😀', '日', '\r', '\n', '\r\n', 'xyz', '.', '\t'];
for (let round = 0; round < ROUNDS; round++) {
  const parts = [];
  const n = 5 + Math.floor(rand() * 30);
  for (let i = 0; i < n; i++) parts.push(pick(randomPieces));
  const bytes = Buffer.from(parts.join(''));
  const cuts = [];
  for (let i = 1; i < bytes.length; i++) if (rand() < 0.3) cuts.push(i);
  scenario(`random chunks ${round}`, (S, log) => {
    const input = new S.PassThrough();
    const rl = S.readline.createInterface({ input });
    watch(rl, log);
    let from = 0;
    for (const c of [...cuts, bytes.length]) {
      input.write(bytes.subarray(from, c));
      from = c;
    }
    input.end();
  });
}

const randomKeys = [
  'a', 'B', 'c', ' ', '.', '-', 'é', '😀', '日', '\t', '\r', '\x7f', '\b', '\x01', '\x02', '\x04',
  '\x05', '\x06', '\x0b', '\x0e', '\x10', '\x15', '\x17', '\x19', '\x1f', '\x1e', '\x1b[A', '\x1b[B',
  '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1b[3~', '\x1b[1;5C', '\x1b[1;5D', '\x1b[3;5~', '\x1bb',
  '\x1bf', '\x1bd', '\x1by', '\x1b\x7f', 'word ', 'paste\nme',
];
for (let round = 0; round < ROUNDS; round++) {
  const keys = [];
  const n = 10 + Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) keys.push(pick(randomKeys));
  const columns = pick([5, 8, 13, 80]);
  const withCompleter = rand() < 0.5;
  scenario(`random keys ${round}`, async (S, log) => {
    const { input, output } = tty(S, log, { columns });
    const rl = S.readline.createInterface({
      input, output, prompt: '> ',
      history: ['ab c', 'a.b', 'xyz'],
      completer: withCompleter ? (line) => [['abc', 'abd', 'b', 'word'].filter((w) => w.startsWith(line)), line] : undefined,
    });
    watch(rl, log);
    rl.prompt();
    for (const k of keys) {
      input.write(k);
      await tick();
      state(rl, log);
    }
    rl.close();
  });
}

// ------------------------------------------------------------------------------------------------

// Compares two logs, printing the differing lines of a failure.
function compare(name, a, e) {
  if (process.env.DUMP === name) console.log(a);
  if (a === e) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
    return;
  }
  failed++;
  const al = a.split('\n');
  const el = e.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(al.length, el.length); i++) {
    if (al[i] !== el[i]) out.push(`  line ${i + 1}\n    coil: ${al[i]}\n    node: ${el[i]}`);
  }
  console.log(`FAIL ${name}\n${out.slice(0, 6).join('\n')}`);
}

// Runs this script under the coil binary in NATIVE mode and answers its logs by scenario name.
function runUnderCoil() {
  const { spawnSync } = require('child_process');
  const result = spawnSync(coilBinary, [__filename], {
    env: { ...process.env, NATIVE: '1' },
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.log(`coil exited with ${result.status}\n${result.stderr}`);
  }
  const marker = result.stdout.lastIndexOf('\n@@LOGS@@');
  if (marker === -1) {
    console.log(`no logs from coil:\n${result.stdout.slice(-2000)}\n${result.stderr}`);
    process.exit(1);
  }
  return JSON.parse(result.stdout.slice(marker + '\n@@LOGS@@'.length));
}

(async () => {
  const selected = scenarios.filter(([name]) => !only || name.includes(only));
  if (native) {
    const logs = {};
    for (const [name, fn] of selected) logs[name] = await runOn('node', fn);
    process.stdout.write(`\n@@LOGS@@${JSON.stringify(logs)}`);
    return;
  }
  const coilLogs = coilBinary ? runUnderCoil() : null;
  for (const [name, fn] of selected) {
    const a = coilLogs ? coilLogs[name] ?? '<missing>' : await runOn('coil', fn);
    const e = await runOn('node', fn);
    compare(name, a, e);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
})();
