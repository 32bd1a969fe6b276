#!/usr/bin/env node
'use strict';
// Compares coil's stdlib console / internal/errors / internal/validators (run under node with a
// tiny shim of the stdlib module format) against node's own console and internal errors.
//
//   node scripts/dev/console-vs-node.js            # uses stdlib/internal/util/inspect.js if present
//   COIL_NODE_INSPECT=1 node scripts/dev/...       # use node's util.inspect instead
//   VERBOSE=1 ...                                  # print passing cases too
//
// Prints every mismatch and ends with `N passed, M failed`.

require('./stdlib-shim').ensureExposeInternals(__filename);

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');

const STDLIB = path.resolve(__dirname, '../../stdlib');
const useNodeInspect = process.env.COIL_NODE_INSPECT === '1' ||
  !fs.existsSync(path.join(STDLIB, 'internal/util/inspect.js'));

// ------------------------------------------------------------------------------------------------
// The shim: the stdlib module format on top of node. internalBinding() hands out node's own
// bindings (the stdlib inspect needs internalBinding('util')); COIL_EMPTY_BINDINGS=1 makes it {}.

let nodeInternalBinding = () => ({});
if (process.env.COIL_EMPTY_BINDINGS !== '1') {
  const savedEmit = process.emitWarning;
  process.emitWarning = () => {};
  try {
    nodeInternalBinding = require('internal/test/binding').internalBinding;
  } finally {
    process.emitWarning = savedEmit;
  }
}
function shimInternalBinding(name) {
  let binding;
  try {
    binding = nodeInternalBinding(name);
  } catch {
    return {};
  }
  if (name === 'util' && binding.getPromiseDetails && !binding.getPromiseState) {
    // coil's spelling: undefined for non-promises, else [state, result].
    binding = { ...binding };
    binding.getPromiseState = (v) => (util.types.isPromise(v) ? binding.getPromiseDetails(v) : undefined);
  }
  return binding;
}

const cache = new Map();
function coilRequire(id) {
  if (cache.has(id)) return cache.get(id).exports;
  // Under node there is no coil bootstrap: `process` is always there.
  if (id === 'internal/bootstrap/node') return { isMaterialized: () => true };
  // Console output goes to node's own stdio streams.
  if (id === 'internal/process/stdio') return { stdout: () => process.stdout, stderr: () => process.stderr };
  // coil's os needs its Rust binding; node's own os serves here.
  if (id === 'os') return require('os');
  if (id === 'internal/util/inspect' && useNodeInspect) {
    return { inspect: util.inspect, format: util.format, formatWithOptions: util.formatWithOptions };
  }
  const file = path.join(STDLIB, `${id}.js`);
  if (!fs.existsSync(file)) {
    if (id === 'os') return require('os');
    throw new Error(`coil stdlib module not found: ${id}`);
  }
  const module = { exports: {}, id };
  cache.set(id, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = vm.runInThisContext(`(function (exports, require, module, internalBinding) {${src}\n})`,
    { filename: file });
  try {
    fn.call(module.exports, module.exports, coilRequire, module, shimInternalBinding);
  } catch (e) {
    cache.delete(id);
    throw e;
  }
  return module.exports;
}

const coilConsole = coilRequire('console');
const coilErrors = coilRequire('internal/errors');
const coilValidators = coilRequire('internal/validators');
const nodeErrors = require('internal/errors');
const nodeValidators = require('internal/validators');

// ------------------------------------------------------------------------------------------------
// Reporting

let passed = 0;
let failed = 0;
const verbose = process.env.VERBOSE === '1';
const realStdoutWrite = process.stdout.write;
const realStderrWrite = process.stderr.write;
function say(s) {
  realStdoutWrite.call(process.stdout, `${s}\n`);
}
function safe(fn) {
  try {
    return fn();
  } catch (e) {
    return `threw ${e.name}: ${e.message}`;
  }
}
function check(name, actual, expected) {
  const a = util.inspect(actual, { depth: 6, breakLength: 120, maxStringLength: 4000 });
  const e = util.inspect(expected, { depth: 6, breakLength: 120, maxStringLength: 4000 });
  if (a === e) {
    passed++;
    if (verbose) say(`ok   ${name}`);
  } else {
    failed++;
    say(`FAIL ${name}\n  coil: ${a}\n  node: ${e}`);
  }
}

// ------------------------------------------------------------------------------------------------
// Console: the same calls on a node Console and a coil Console, output captured.

class FakeStream {
  constructor(tty = false) {
    this.chunks = [];
    if (tty) {
      this.isTTY = true;
      this.getColorDepth = () => 8;
    }
  }

  write(chunk) {
    this.chunks.push(String(chunk));
    return true;
  }

  // Node's console attaches a noop 'error' listener around writes.
  listenerCount() { return 1; }
  once() { return this; }
  removeListener() { return this; }
}

function withWarnings(fn) {
  const saved = process.emitWarning;
  const warnings = [];
  process.emitWarning = (w) => warnings.push(String(w));
  try {
    fn();
  } finally {
    process.emitWarning = saved;
  }
  return warnings;
}

function runOn(ConsoleClass, opts, fn) {
  const stdout = new FakeStream(opts.tty);
  const stderr = new FakeStream(opts.tty);
  let thrown;
  const warnings = withWarnings(() => {
    try {
      const con = new ConsoleClass({ stdout, stderr, ...opts.consoleOptions });
      fn(con);
    } catch (e) {
      thrown = `${e.name}|${e.code}|${e.message}`;
    }
  });
  return { stdout: stdout.chunks.join(''), stderr: normalizeFrames(stderr.chunks.join('')), warnings, thrown };
}

// Stack frames differ between the two implementations below the call site: keep the header and
// the first frame (the test's own call site).
function normalizeFrames(s) {
  const lines = s.split('\n');
  const out = [];
  let inFrames = false;
  for (const line of lines) {
    if (/^\s+at /.test(line)) {
      if (!inFrames) out.push(line.replace(/\s*\(?[^()]*console-vs-node\.js:\d+:\d+\)?$/, ' <site>'));
      inFrames = true;
      continue;
    }
    inFrames = false;
    out.push(line);
  }
  return out.join('\n');
}

function consoleCase(name, fn, opts = {}) {
  const actual = runOn(coilConsole.Console, opts, fn);
  const expected = runOn(console.Console, opts, fn);
  check(`console: ${name}`, actual, expected);
}

// Global console: both write to process.stdout / process.stderr.
function globalCase(name, fn) {
  const run = (con) => {
    const out = [];
    const err = [];
    process.stdout.write = (c) => { out.push(String(c)); return true; };
    process.stderr.write = (c) => { err.push(String(c)); return true; };
    let thrown;
    try {
      fn(con);
    } catch (e) {
      thrown = e.message;
    } finally {
      process.stdout.write = realStdoutWrite;
      process.stderr.write = realStderrWrite;
    }
    return { stdout: out.join(''), stderr: normalizeFrames(err.join('')), thrown };
  };
  check(`global console: ${name}`, run(coilConsole), run(console));
}

class Foo { constructor() { this.x = 1; } }
const circular = { name: 'c' };
circular.self = circular;

const logArgs = [
  [],
  ['hello'],
  ['hello', 'world', 42, true, null, undefined],
  [-0],
  [0, -0, 1.5, -2, NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53],
  [1n, -5n, 10n ** 30n],
  [Symbol('x'), Symbol(), Symbol('a b')],
  ['%'],
  ['100%', 5],
  ['%s is %d years', 'Bob', 42],
  ['%i %f %j %o %O %%', 42.5, '1.5', { a: 1 }, [1], { b: 2 }],
  ['%c styled', 'color: red'],
  ['%s', 'only', 'extra', 3],
  ['a\nb', 'c'],
  [{ a: 1, b: 'two', c: [1, 2, 3] }],
  ['obj', { nested: { deep: { deeper: { deepest: 1 } } } }],
  [[1, 2, 3], new Map([[1, 2]]), new Set(['a'])],
  [new Foo(), Object.create(null)],
  [function named() {}, () => {}, class K {}],
  [circular],
  [new Error('boom').message],
  ['x', 'y'.repeat(200)],
  [5, 'str', { a: 1 }],
  [true, false],
  [null, null],
  [undefined],
  ['%s', Symbol('s')],
  ['%d', -0],
];

function consoleTests() {
  for (const args of logArgs) {
    const label = util.inspect(args, { breakLength: Infinity }).slice(0, 70);
    consoleCase(`log ${label}`, (c) => c.log(...args));
    consoleCase(`error ${label}`, (c) => c.error(...args));
    consoleCase(`log(tty) ${label}`, (c) => c.log(...args), { tty: true });
    consoleCase(`info/debug/warn ${label}`, (c) => { c.info(...args); c.debug(...args); c.warn(...args); });
    consoleCase(`log(inspectOptions) ${label}`, (c) => c.log(...args),
      { consoleOptions: { inspectOptions: { numericSeparator: true, depth: 0 } } });
    globalCase(`log ${label}`, (c) => c.log(...args));
    globalCase(`error ${label}`, (c) => c.error(...args));
  }
  consoleCase('log 1234567.891 numericSeparator', (c) => c.log(1234567.891, 10n ** 7n),
    { consoleOptions: { inspectOptions: { numericSeparator: true } } });
  consoleCase('log colorMode true', (c) => c.log(1, 'a', null, undefined, 2n, Symbol('q'), true, { a: 1 }),
    { consoleOptions: { colorMode: true } });
  consoleCase('log colorMode false on tty', (c) => c.log(1, 'a', { a: 1 }), { tty: true, consoleOptions: { colorMode: false } });
  for (const force of ['0', '1', '2', '3', 'true', 'false', '']) {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = force;
    consoleCase(`log FORCE_COLOR=${JSON.stringify(force)}`, (c) => c.log(1, 'a', { b: 2 }));
    globalCase(`log FORCE_COLOR=${JSON.stringify(force)}`, (c) => c.log(1, 'a', { b: 2 }));
    if (saved === undefined) delete process.env.FORCE_COLOR;
    else process.env.FORCE_COLOR = saved;
  }

  // dir / dirxml
  consoleCase('dir', (c) => { c.dir({ a: { b: { c: { d: 1 } } } }); c.dir('str'); c.dir(5); });
  consoleCase('dir options', (c) => c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }));
  consoleCase('dir customInspect off', (c) => c.dir({ [util.inspect.custom]: () => 'custom!', x: 1 }));
  consoleCase('dir colors', (c) => c.dir({ a: 1, s: 'x' }), { tty: true });
  consoleCase('dir showHidden', (c) => c.dir([1], { showHidden: true }));
  consoleCase('dirxml', (c) => c.dirxml({ a: 1 }, 'x', 3));

  // assert
  consoleCase('assert pass', (c) => c.assert(true, 'nope'));
  consoleCase('assert fail', (c) => { c.assert(false); c.assert(0, 'msg'); c.assert('', 'a %s b', 'X', 4); });
  consoleCase('assert fail object', (c) => c.assert(null, { a: 1 }, 2));

  // count
  consoleCase('count', (c) => { c.count(); c.count(); c.count('x'); c.count('default'); c.count(undefined); });
  consoleCase('count reset', (c) => { c.count('a'); c.countReset('a'); c.count('a'); c.countReset('nope'); c.countReset(); });
  consoleCase('count number label', (c) => { c.count(1); c.countReset(1); c.count(1); c.count({}); });
  consoleCase('count %label', (c) => { c.count('%s'); c.count('%d%'); });

  // groups
  consoleCase('group', (c) => {
    c.group('Title', 1);
    c.log('inside\nmulti');
    c.group();
    c.error('deeper', { a: [1, 2] });
    c.groupEnd();
    c.groupCollapsed('collapsed');
    c.warn('w');
    c.groupEnd();
    c.groupEnd();
    c.groupEnd();
    c.log('out');
  });
  consoleCase('group big object', (c) => { c.group(); c.log({ a: 'x'.repeat(50), b: 'y'.repeat(50) }); c.groupEnd(); });
  consoleCase('groupIndentation 4', (c) => { c.group('a'); c.log('b\nc'); c.groupEnd(); c.log('d'); },
    { consoleOptions: { groupIndentation: 4 } });
  consoleCase('group table', (c) => { c.group('g'); c.table([{ a: 1 }]); c.groupEnd(); });

  // trace
  consoleCase('trace', (c) => c.trace('here', 5));
  consoleCase('trace empty', (c) => c.trace());
  consoleCase('trace format', (c) => c.trace('%s!', 'x'));
  consoleCase('trace in group', (c) => { c.group(); c.trace('g'); c.groupEnd(); });
  globalCase('trace', (c) => c.trace('gt'));

  // table
  const tables = [
    [[{ a: 1, b: 'xyz' }, { a: 'hello world', c: [1, 2, 3, 4, 5] }]],
    [[1, 's', { a: 1 }]],
    [new Map([['k', { x: 1 }], [2, 3]])],
    [new Set([1, 'a'])],
    [{ r1: { c: 1 }, r2: { c: 22222, d: null } }, ['c']],
    [{ r1: { c: 1 }, r2: 5 }, ['c', 'zz']],
    ['str'],
    [5, ['a']],
    [null],
    [[[1, 2], [3]]],
    [[{ '中文': '日本語', e: '😀' }]],
    () => [new Map([[1, 2]]).entries()],
    () => [new Map([[1, 2], ['a', 'b']]).keys()],
    () => [new Map([[1, 2]]).values()],
    () => [new Set([5, 6]).values()],
    () => [new Set([[1, 1], 'x']).values()],
    [[{ a: { x: 1, y: 2, z: 3 } }, { a: { x: { deep: 1 } } }]],
    [[]],
    [{}],
    [[1, 2, 3], []],
    [[{ a: 1 }, { b: 2 }], ['b']],
    [[function f() {}, Symbol('s'), 10n, undefined]],
    [{ a: [1, 2, 3, 4, 5, 6], b: 'x'.repeat(30) }],
    [[{ s: 'a\u0301e' }, { s: '\u001b[31mred\u001b[39m' }]],
    [[{ 'key with space': 1, 2: 'two' }]],
    [new Map([[{ k: 1 }, [1, 2]]])],
    [[[{ a: 1 }]]],
    [new Foo()],
  ];
  for (const args of tables) {
    // Iterators are consumed by coil's fallback preview: build fresh ones per run.
    const label = util.inspect(typeof args === 'function' ? args() : args, { breakLength: Infinity }).slice(0, 70);
    consoleCase(`table ${label}`, (c) => c.table(...(typeof args === 'function' ? args() : args)));
  }
  consoleCase('table colors', (c) => c.table([{ a: 1, b: 's' }]), { tty: true });
  consoleCase('table bad properties', (c) => c.table([{ a: 1 }], 'a'));
  consoleCase('table map iterator', (c) => c.table(new Map([['a', 1], ['b', { z: 2 }]]).entries()));
  consoleCase('table set iterator', (c) => c.table(new Set(['a', { z: 2 }]).entries()));

  // time
  const durations = [
    [0, 0], [0, 1234567], [0, 1], [0, 999999500], [0, 999999499], [1, 500000000], [59, 999000000],
    [65, 123456789], [3725, 5000000], [7200, 0], [0, 100000], [0, 10], [12, 0],
  ];
  for (const d of durations) {
    const savedHr = process.hrtime;
    process.hrtime = (prev) => (prev ? d.slice() : [100, 0]);
    try {
      consoleCase(`time ${d}`, (c) => { c.time('t'); c.timeLog('t', 'extra', { a: 1 }, 5); c.timeEnd('t'); });
      consoleCase(`time default ${d}`, (c) => { c.time(); c.timeLog(); c.timeEnd(); c.timeEnd(); });
    } finally {
      process.hrtime = savedHr;
    }
  }
  const savedHr = process.hrtime;
  process.hrtime = (prev) => (prev ? [0, 2500000] : [100, 0]);
  consoleCase('time warnings', (c) => { c.time('a'); c.time('a'); c.timeEnd('b'); c.timeLog('c'); c.timeEnd(); });
  consoleCase('time label coercion', (c) => { c.time(5); c.timeEnd('5'); c.time({}); c.timeLog('[object Object]', '%s'); });
  consoleCase('time %label', (c) => { c.time('%s'); c.timeEnd('%s'); });
  consoleCase('time in group', (c) => { c.group(); c.time('g'); c.timeEnd('g'); c.groupEnd(); });
  globalCase('time', (c) => { c.time('gt'); c.timeEnd('gt'); });
  process.hrtime = savedHr;

  // clear
  consoleCase('clear non-tty', (c) => c.clear());
  consoleCase('clear tty', (c) => c.clear(), { tty: true });

  // constructor
  const ctorCases = [
    ['no args', () => new coilConsole.Console(), () => new console.Console()],
    ['bad stdout', () => new coilConsole.Console({ stdout: {} }), () => new console.Console({ stdout: {} })],
    ['bad stderr', () => new coilConsole.Console(new FakeStream(), 5), () => new console.Console(new FakeStream(), 5)],
    ['bad colorMode', () => new coilConsole.Console({ stdout: new FakeStream(), colorMode: 'yes' }),
      () => new console.Console({ stdout: new FakeStream(), colorMode: 'yes' })],
    ['bad groupIndentation', () => new coilConsole.Console({ stdout: new FakeStream(), groupIndentation: 1001 }),
      () => new console.Console({ stdout: new FakeStream(), groupIndentation: 1001 })],
    ['bad groupIndentation type', () => new coilConsole.Console({ stdout: new FakeStream(), groupIndentation: '2' }),
      () => new console.Console({ stdout: new FakeStream(), groupIndentation: '2' })],
    ['bad inspectOptions', () => new coilConsole.Console({ stdout: new FakeStream(), inspectOptions: 5 }),
      () => new console.Console({ stdout: new FakeStream(), inspectOptions: 5 })],
    ['incompatible colors', () => new coilConsole.Console({ stdout: new FakeStream(), colorMode: true,
      inspectOptions: { colors: true } }),
    () => new console.Console({ stdout: new FakeStream(), colorMode: true, inspectOptions: { colors: true } })],
  ];
  for (const [name, mine, theirs] of ctorCases) {
    const grab = (f) => {
      try {
        f();
        return 'no throw';
      } catch (e) {
        return `${e.name} [${e.code}]: ${e.message} | ${String(e)} | ${e.constructor.name}`;
      }
    };
    check(`Console ctor ${name}`, grab(mine), grab(theirs));
  }
  consoleCase('positional ctor', () => {});
  {
    const outM = new FakeStream();
    const outN = new FakeStream();
    const errM = new FakeStream();
    const errN = new FakeStream();
    const m = coilConsole.Console(outM, errM);
    const n = console.Console(outN, errN);
    m.log('a', 1);
    m.error('b');
    n.log('a', 1);
    n.error('b');
    check('Console without new, positional streams', [outM.chunks, errM.chunks, m instanceof coilConsole.Console],
      [outN.chunks, errN.chunks, n instanceof console.Console]);
    const m1 = new coilConsole.Console(outM);
    const n1 = new console.Console(outN);
    check('Console shape', [Reflect.ownKeys(m1).map(String), Object.keys(m1), m1.debug.name, m1.error.name,
      String(m1), Object.prototype.toString.call(m1), coilConsole.Console.length, coilConsole.Console.name,
      Object.keys(coilConsole.Console.prototype)],
    [Reflect.ownKeys(n1).map(String), Object.keys(n1), n1.debug.name, n1.error.name, String(n1),
      Object.prototype.toString.call(n1), console.Console.length, console.Console.name,
      Object.keys(console.Console.prototype)]);
    check('global console shape', [Object.keys(coilConsole), coilConsole.log.name, coilConsole.debug.name,
      coilConsole instanceof coilConsole.Console, Object.prototype.toString.call(coilConsole),
      Object.getPrototypeOf(Object.getPrototypeOf(coilConsole)) === Object.prototype,
      util.inspect(coilConsole).split('\n').slice(0, 3)],
    [Object.keys(console), console.log.name, console.debug.name, console instanceof console.Console,
      Object.prototype.toString.call(console), Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype,
      util.inspect(console).split('\n').slice(0, 3)]);
    const { log } = m1;
    log('detached');
    const { log: nlog } = n1;
    nlog('detached');
    check('detached method', outM.chunks.slice(-1), outN.chunks.slice(-1));
    class Sub extends coilConsole.Console { log(...a) { super.log('[sub]', ...a); } }
    class NSub extends console.Console { log(...a) { super.log('[sub]', ...a); } }
    const s1 = new Sub(outM);
    const s2 = new NSub(outN);
    s1.log('x');
    s1.count('c');
    s2.log('x');
    s2.count('c');
    check('subclass override', outM.chunks.slice(-2), outN.chunks.slice(-2));
  }
  // ignoreErrors
  {
    const throwing = new FakeStream();
    throwing.write = () => { throw new Error('EPIPE-ish'); };
    let r1;
    let r2;
    try { new coilConsole.Console(throwing).log('x'); r1 = 'swallowed'; } catch (e) { r1 = e.message; }
    try { new console.Console(throwing).log('x'); r2 = 'swallowed'; } catch (e) { r2 = e.message; }
    check('ignoreErrors default', r1, r2);
    try { new coilConsole.Console(throwing, throwing, false).log('x'); r1 = 'swallowed'; } catch (e) { r1 = e.message; }
    try { new console.Console(throwing, throwing, false).log('x'); r2 = 'swallowed'; } catch (e) { r2 = e.message; }
    check('ignoreErrors false', r1, r2);
  }
  // Global console follows process.stdout.write replacement, and the warning fallback format.
  {
    const out = [];
    const saved = process.stdout.write;
    process.stdout.write = (s) => { out.push(s); return true; };
    coilConsole.log('captured', 1);
    process.stdout.write = saved;
    check('global console follows process.stdout.write', out, ['captured 1\n']);
    const err = [];
    const savedErr = process.stderr.write;
    const savedEmit = process.emitWarning;
    process.stderr.write = (s) => { err.push(s); return true; };
    delete process.emitWarning;
    try {
      coilConsole.timeEnd('no-such-label');
      coilConsole.countReset('no-such-count');
    } finally {
      process.emitWarning = savedEmit;
      process.stderr.write = savedErr;
    }
    check('warning fallback without process.emitWarning', err, [
      `(node:${process.pid}) Warning: No such label 'no-such-label' for console.timeEnd()\n` +
      `(Use \`${path.basename(process.argv0)} --trace-warnings ...\` to show where the warning was created)\n`,
      `(node:${process.pid}) Warning: Count for 'no-such-count' does not exist\n`,
    ]);
  }
}

// ------------------------------------------------------------------------------------------------
// Errors

function describeError(e) {
  if (!(e instanceof Error)) return { notAnError: util.inspect(e) };
  const stack = typeof e.stack === 'string' ? e.stack : '';
  const header = stack.split(/\n\s+at /)[0];
  const inspected = util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
  const props = {};
  for (const k of Reflect.ownKeys(e)) {
    if (k === 'stack') continue;
    const d = Object.getOwnPropertyDescriptor(e, k);
    props[String(k)] = `${d.enumerable ? 'E' : '-'}${d.writable ? 'W' : '-'} ${util.inspect(d.value)}`;
  }
  return {
    name: e.name,
    message: e.message,
    code: e.code,
    toString: String(e),
    header,
    inspected,
    props,
    ctor: e.constructor && e.constructor.name,
    protoCtor: Object.getPrototypeOf(Object.getPrototypeOf(e)).constructor.name,
    keys: Object.keys(e),
  };
}

function errorCase(code, args, cls) {
  const make = (codes) => {
    try {
      const C = cls ? codes[code][cls] : codes[code];
      return describeError(new C(...args));
    } catch (e) {
      return { threw: `${e.name}: ${e.message}` };
    }
  };
  const label = util.inspect(args, { breakLength: Infinity }).slice(0, 80);
  check(`error ${code}${cls ? `.${cls}` : ''} ${label}`, make(coilErrors.codes), make(nodeErrors.codes));
}

class Bar {}
const specificValues = [
  5, -0, 0, NaN, Infinity, 1.5, 2 ** 40, 5n, -5n, true, false, null, undefined, Symbol('s'), Symbol(),
  '', 'str', 'it\'s', 'a'.repeat(28), 'a'.repeat(29), 'a"b\'c', 'x\ny', `${'q'.repeat(30)}'`,
  function f() {}, () => {}, class Baz {}, async function af() {},
  {}, [], [1, 2], new Bar(), Object.create(null), new Map(), /re/, new Date(0), new Error('e'),
  Object.create({ constructor: {} }), Object.create(Object.create(null)), { constructor: { name: 7 } },
  Buffer.from('x'), new Uint8Array(2), Promise.resolve(), new Proxy({}, {}),
];

function errorTests() {
  // Every template code coil defines, with as many string args as node accepts.
  for (const code of Object.keys(coilErrors.codes)) {
    const N = nodeErrors.codes[code];
    if (code === 'ERR_UNHANDLED_REJECTION') continue;
    if (!N) {
      if (code !== 'ERR_COIL_NOT_IMPLEMENTED') check(`error ${code} exists in node`, false, true);
      continue;
    }
    for (let n = 0; n <= 5; n++) {
      const args = Array.from({ length: n }, (_, i) => `A${i}`);
      let ok = true;
      try { new N(...args); } catch { ok = false; }
      if (ok) {
        errorCase(code, args);
        break;
      }
    }
    for (const cls of Object.keys(N)) {
      if (cls === 'HideStackFramesError') continue;
      check(`error ${code}.${cls} exists`, typeof coilErrors.codes[code][cls], 'function');
    }
  }
  const coilNI = new coilErrors.codes.ERR_COIL_NOT_IMPLEMENTED('fs.watch');
  check('ERR_COIL_NOT_IMPLEMENTED', [coilNI.message, String(coilNI), coilNI.stack.split('\n')[0]],
    ['fs.watch is not implemented in coil yet', 'Error [ERR_COIL_NOT_IMPLEMENTED]: fs.watch is not implemented in coil yet',
      'Error [ERR_COIL_NOT_IMPLEMENTED]: fs.watch is not implemented in coil yet']);
  check('exported by name', coilErrors.ERR_INVALID_ARG_TYPE === coilErrors.codes.ERR_INVALID_ARG_TYPE, true);

  for (const v of specificValues) {
    errorCase('ERR_INVALID_ARG_TYPE', ['name', 'string', v]);
    errorCase('ERR_INVALID_ARG_VALUE', ['name', v]);
    errorCase('ERR_OUT_OF_RANGE', ['name', '>= 0', v]);
    errorCase('ERR_INVALID_RETURN_VALUE', ['a string', 'fn', v]);
    check(`determineSpecificType ${util.inspect(v).slice(0, 40)}`, safe(() => coilErrors.determineSpecificType(v)),
      safe(() => nodeErrors.determineSpecificType(v)));
  }
  const expectations = [
    'string', 'Function', 'function', 'Object', 'object', 'Array', 'number', 'bigint', 'symbol', 'boolean', 'null',
    ['string', 'Buffer', 'Uint8Array'], ['Object', 'string'], ['object', 'Buffer'], ['object', 'string', 'number'],
    ['null', 'undefined'], ['a or b'], ['Function', 'Object', 'Foo', 'Bar', 'null', 'x', 'y'],
    ['string', 'Array', 'SharedArrayBuffer', 'ArrayBuffer'], ['Object', 'Array'], 'ABC', 'nope', 'an AbortSignal',
    ['Buffer', 'TypedArray', 'DataView'], ['string', 'Buffer', 'TypedArray', 'DataView'], 'AbortSignal',
    ['Foo', 'Bar'], ['Foo', 'Bar', 'Baz'], ['x', 'y'], ['x', 'y', 'z'], 'Error', 'Iterable', ['URL', 'string'],
  ];
  for (const exp of expectations) {
    for (const name of ['arg', 'options.sub', 'first argument', 'a.b.c']) {
      errorCase('ERR_INVALID_ARG_TYPE', [name, exp, 5]);
    }
  }
  errorCase('ERR_INVALID_ARG_VALUE', ['x', 'v', 'must be nice']);
  errorCase('ERR_INVALID_ARG_VALUE', ['x.y', { a: 'x'.repeat(200) }]);
  errorCase('ERR_INVALID_ARG_VALUE', ['x', 5, 'is bad'], 'RangeError');
  errorCase('ERR_INVALID_ARG_VALUE', ['x', 'v'], 'RangeError');
  for (const v of [2 ** 40, -(2 ** 40), 1e21, 2n ** 40n, -(2n ** 40n), 2n ** 32n, 2 ** 32, 2 ** 32 + 1, 123456789012,
    -0.5, 1234.5678, 10n, 'str', { a: 1 }]) {
    errorCase('ERR_OUT_OF_RANGE', ['x', '>= 0 && <= 10', v]);
  }
  errorCase('ERR_OUT_OF_RANGE', ['Custom msg.', '>= 0', 5, true]);
  errorCase('ERR_MISSING_ARGS', ['a']);
  errorCase('ERR_MISSING_ARGS', ['a', 'b']);
  errorCase('ERR_MISSING_ARGS', ['a', 'b', 'c']);
  errorCase('ERR_MISSING_ARGS', [['a', 'b'], 'c', ['d', 'e', 'f'], 'g']);
  errorCase('ERR_UNKNOWN_ENCODING', ['utf9']);
  errorCase('ERR_INVALID_RETURN_VALUE', ['a Promise', 'then', 5], 'RangeError');
  errorCase('ERR_UNHANDLED_ERROR', []);
  errorCase('ERR_UNHANDLED_ERROR', ['x']);
  errorCase('ERR_UNHANDLED_ERROR', [{ a: 1 }]);
  errorCase('ERR_UNHANDLED_ERROR', [undefined]);
  errorCase('ERR_UNHANDLED_ERROR', [null]);
  errorCase('ERR_METHOD_NOT_IMPLEMENTED', ['_read()']);
  errorCase('ERR_INVALID_THIS', ['URLSearchParams']);
  errorCase('ERR_MODULE_NOT_FOUND', ['pkg', '/a/b.js', undefined]);
  errorCase('ERR_MODULE_NOT_FOUND', ['./x.js', '/a/b.js', 'file:///a/x.js']);
  errorCase('ERR_REQUIRE_ESM', ['/a/x.mjs', false]);
  errorCase('ERR_REQUIRE_ESM', ['/a/x.mjs', false, '/a/p.js']);
  errorCase('ERR_REQUIRE_ESM', ['/a/x.js', false, '/a/p.js']);
  errorCase('ERR_REQUIRE_ESM', ['/a/x.js', true, '/a/p.js', '/a/package.json']);
  errorCase('ERR_REQUIRE_ESM', ['/a/x.js', false, '/a/p.js', '/a/package.json']);
  errorCase('ERR_REQUIRE_ESM', ['/a/x.js', false, '/b/x.js', '/a/package.json']);
  errorCase('ERR_REQUIRE_ESM', ['/a/x.js', true, null, '/a/package.json']);
  errorCase('ERR_UNKNOWN_BUILTIN_MODULE', ['node:nope']);
  errorCase('ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', './x', false, '/base.js']);
  errorCase('ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', 'x']);
  errorCase('ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', ''], undefined);
  errorCase('ERR_INVALID_PACKAGE_TARGET', ['/p/', './sub', '../x', false, '/b.js']);
  errorCase('ERR_INVALID_PACKAGE_TARGET', ['/p/', '#a', { a: 1 }, true]);
  errorCase('ERR_INVALID_PACKAGE_TARGET', ['/p/', '#a', 'x', true, '/b']);
  errorCase('ERR_INVALID_PACKAGE_TARGET', ['/p/', './a', null]);
  errorCase('ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', '.', '/base']);
  errorCase('ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', '.']);
  errorCase('ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', './sub']);
  errorCase('ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', './sub', '/b.js']);
  errorCase('ERR_UNKNOWN_FILE_EXTENSION', ['.ts', '/a.ts']);
  errorCase('ERR_INVALID_MODULE_SPECIFIER', ['x', 'is bad', '/base']);
  errorCase('ERR_INVALID_MODULE_SPECIFIER', ['x', 'is bad']);
  errorCase('ERR_UNSUPPORTED_ESM_URL_SCHEME', [new URL('c:/x'), ['file', 'data', 'node']]);
  errorCase('ERR_UNSUPPORTED_ESM_URL_SCHEME', [new URL('https://x'), ['file', 'data']]);
  errorCase('ERR_UNSUPPORTED_ESM_URL_SCHEME', [new URL('https://x'), ['file']]);
  errorCase('ERR_INVALID_STATE', ['closed']);
  errorCase('ERR_INVALID_STATE', ['closed'], 'TypeError');
  errorCase('ERR_INVALID_STATE', ['closed'], 'RangeError');
  errorCase('ERR_ILLEGAL_CONSTRUCTOR', []);
  errorCase('ERR_CONSOLE_WRITABLE_STREAM', ['stdout']);
  errorCase('ERR_INCOMPATIBLE_OPTION_PAIR', ['a', 'b']);
  errorCase('ERR_FALSY_VALUE_REJECTION', [0]);
  errorCase('ERR_FALSY_VALUE_REJECTION', [null]);
  errorCase('ERR_INVALID_URL', ['http//x']);
  errorCase('ERR_INVALID_URL', ['x', 'base']);
  errorCase('ERR_ENCODING_INVALID_ENCODED_DATA', ['utf-8', 5]);
  errorCase('ERR_INVALID_URL_SCHEME', ['file']);
  errorCase('ERR_INVALID_URL_SCHEME', [['file', 'data']]);
  errorCase('ERR_INVALID_CHAR', ['header']);
  errorCase('ERR_INVALID_CHAR', ['header', 'x-y']);
  errorCase('ERR_BUFFER_OUT_OF_BOUNDS', []);
  errorCase('ERR_BUFFER_OUT_OF_BOUNDS', ['offset']);
  errorCase('ERR_PACKAGE_IMPORT_NOT_DEFINED', ['#x', undefined, '/base']);
  errorCase('ERR_PACKAGE_IMPORT_NOT_DEFINED', ['#x', '/p/', '/base']);
  errorCase('ERR_INVALID_PACKAGE_CONFIG', ['/p', undefined, undefined]);
  errorCase('ERR_INVALID_PACKAGE_CONFIG', ['/p', '/b', 'bad json']);
  errorCase('ERR_PARSE_ARGS_UNKNOWN_OPTION', ['-x', false]);
  errorCase('ERR_PARSE_ARGS_UNKNOWN_OPTION', ['-x', true]);
  errorCase('ERR_INTERNAL_ASSERTION', ['boom']);
  errorCase('ERR_INVALID_ADDRESS_FAMILY', ['IPv5', 'h', 80]);
  errorCase('ERR_PERFORMANCE_INVALID_TIMESTAMP', [-0]);
  errorCase('ERR_PERFORMANCE_INVALID_TIMESTAMP', [-5]);
  errorCase('ERR_PERFORMANCE_INVALID_TIMESTAMP', [5n]);
  errorCase('ERR_SOCKET_BAD_PORT', ['Port', 70000]);
  errorCase('ERR_SOCKET_BAD_PORT', ['Port', -1, false]);
  errorCase('ERR_UNSUPPORTED_DIR_IMPORT', ['/a', '/b', 'file:///a']);
  errorCase('ERR_INVALID_RETURN_PROPERTY', ['string', 'resolve', 'url', 5]);
  errorCase('ERR_INVALID_RETURN_PROPERTY_VALUE', ['string', 'load', 'source', {}]);
  errorCase('ERR_INVALID_FD', [-1]);
  errorCase('ERR_METHOD_NOT_IMPLEMENTED', [5]);
  errorCase('ERR_UNKNOWN_ENCODING', [{ a: 1 }]);
  errorCase('ERR_INVALID_THIS', [5n]);
  errorCase('ERR_INVALID_STATE', [-0]);

  // Mutations after construction, as Node.
  const mutate = (codes) => {
    const e = new codes.ERR_INVALID_ARG_TYPE('x', 'string', 5);
    e.message = 'changed';
    const a = [String(e), e.stack.split('\n')[0]];
    e.name = 'Foo';
    a.push(String(e), e.stack.split('\n')[0], e instanceof TypeError, e instanceof Error,
      Object.getPrototypeOf(e) === TypeError.prototype, e instanceof codes.ERR_INVALID_ARG_TYPE,
      typeof codes.ERR_INVALID_ARG_TYPE, codes.ERR_INVALID_ARG_TYPE.name);
    try { codes.ERR_INVALID_ARG_TYPE('x', 'string', 5); a.push('callable'); } catch (err) { a.push(err.constructor.name); }
    return a;
  };
  check('error mutation and shape', mutate(coilErrors.codes), mutate(nodeErrors.codes));

  // AbortError
  const abort = (mod, ...args) => {
    try { return describeError(new mod.AbortError(...args)); } catch (e) { return describeError(e); }
  };
  check('AbortError', abort(coilErrors), abort(nodeErrors));
  check('AbortError msg+cause', abort(coilErrors, 'stop', { cause: 'c' }), abort(nodeErrors, 'stop', { cause: 'c' }));
  check('AbortError bad options', abort(coilErrors, 'stop', 5), abort(nodeErrors, 'stop', 5));
  check('formatList', [coilErrors.formatList(['a']), coilErrors.formatList(['a', 'b']),
    coilErrors.formatList(['a', 'b', 'c'], 'or')],
  [nodeErrors.formatList(['a']), nodeErrors.formatList(['a', 'b']), nodeErrors.formatList(['a', 'b', 'c'], 'or')]);
  const agg = (mod) => {
    const a = new Error('a');
    const b = new Error('b');
    b.code = 'X';
    const r = mod.aggregateTwoErrors(a, b);
    return [r.constructor.name, r.message, r.code, r.errors.map((e) => e.message), mod.aggregateTwoErrors(a, a) === a,
      mod.aggregateTwoErrors(null, b) === b];
  };
  check('aggregateTwoErrors', agg(coilErrors), agg(nodeErrors));
  check('isStackOverflowError', [coilErrors.isStackOverflowError(new RangeError('Maximum call stack size exceeded')),
    coilErrors.isStackOverflowError(new Error('x'))], [true, false]);
}

// ------------------------------------------------------------------------------------------------
// Validators

function validatorCase(name, args) {
  const run = (mod) => {
    try {
      const r = mod[name](...args);
      return { returned: r };
    } catch (e) {
      return { threw: `${e.name} [${e.code}]: ${e.message}`, header: String(e.stack).split('\n')[0] };
    }
  };
  const label = util.inspect(args, { breakLength: Infinity }).slice(0, 80);
  check(`validator ${name} ${label}`, run(coilValidators), run(nodeValidators));
}

function validatorTests() {
  const values = [undefined, null, 0, -0, 1, -1, 1.5, NaN, Infinity, 2 ** 31, 2 ** 32, -(2 ** 31) - 1, 2 ** 53,
    '', 'str', '0o7', '755', '8', true, false, [], [1], ['a', 'b'], {}, { aborted: false }, () => {},
    async () => {}, Symbol('s'), 5n, new Uint8Array(1), Buffer.alloc(1), new DataView(new ArrayBuffer(1)),
    new ArrayBuffer(1)];
  for (const v of values) {
    for (const fn of ['validateString', 'validateNumber', 'validateInteger', 'validateInt32', 'validateUint32',
      'validateBoolean', 'validateObject', 'validateFunction', 'validateArray', 'validateAbortSignal',
      'validateStringArray', 'validateBooleanArray', 'validateBuffer', 'validateDictionary', 'validatePlainFunction',
      'validateUndefined', 'validateFiniteNumber', 'isInt32', 'isUint32', 'validateAbortSignalArray']) {
      validatorCase(fn, [v, 'arg']);
    }
    validatorCase('validateNumber', [v, 'opt.n', 0, 10]);
    validatorCase('validateNumber', [v, 'n', 1]);
    validatorCase('validateNumber', [v, 'n', undefined, 1]);
    validatorCase('validateInteger', [v, 'n', 0, 100]);
    validatorCase('validateInt32', [v, 'n', 1]);
    validatorCase('validateUint32', [v, 'n', true]);
    validatorCase('validateOneOf', [v, 'mode', ['a', 1, null, 'str']]);
    validatorCase('validatePort', [v]);
    validatorCase('validatePort', [v, 'port', false]);
    validatorCase('parseFileMode', [v, 'mode']);
    validatorCase('parseFileMode', [v, 'mode', 0o666]);
    validatorCase('validateArray', [v, 'arr', 2]);
    validatorCase('validateUnion', [v, 'u', ['a', 'b']]);
    validatorCase('checkRangesOrGetDefault', [v, 'level', -1, 9, 4]);
    for (let flags = 0; flags < 8; flags++) validatorCase('validateObject', [v, 'obj', flags]);
  }
  for (const sig of ['SIGTERM', 'sigterm', 'SIGNOPE', 5]) validatorCase('validateSignalName', [sig, 'signal']);
  // The options-object form of validateObject (coil's extension) against node's flag form.
  const optForms = [
    [{ nullable: true }, 1], [{ allowArray: true }, 2], [{ allowFunction: true }, 4],
    [{ allowArray: true, allowFunction: true, nullable: true }, 7], [null, 0], [{}, 0],
  ];
  for (const v of [null, [], () => {}, {}, 5]) {
    for (const [opts, flags] of optForms) {
      const run = (fn) => { try { fn(); return 'ok'; } catch (e) { return e.message; } };
      check(`validateObject options ${util.inspect(opts)} ${util.inspect(v)}`,
        run(() => coilValidators.validateObject(v, 'o', opts)), run(() => nodeValidators.validateObject(v, 'o', flags)));
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Unhandled rejections: node's real message vs coil's class.

function rejectionTests() {
  class Foo2 {}
  const reasons = [[1, 2], [], function f() {}, null, undefined, 5n, -0, 1.5, new Foo2(), Object.create(null),
    new Map(), /re/g, new Date(0), true, 'a"b', { toString() { return 'custom'; } }, Symbol(), Symbol('x y'),
    { a: 1 }, NaN, Promise.resolve()];
  const seen = [];
  const handler = (e) => seen.push(e);
  process.on('uncaughtException', handler);
  for (const r of reasons) Promise.reject(r);
  return new Promise((resolve) => setTimeout(resolve, 50)).then(() => {
    process.removeListener('uncaughtException', handler);
    reasons.forEach((r, i) => {
      const mine = new coilErrors.codes.ERR_UNHANDLED_REJECTION(r);
      const theirs = seen[i];
      const d = (e) => { const x = describeError(e); delete x.inspected; return x; };
      check(`ERR_UNHANDLED_REJECTION ${util.inspect(r).slice(0, 40)}`, d(mine), d(theirs));
    });
  });
}

consoleTests();
errorTests();
validatorTests();
rejectionTests().then(() => {
  const notes = [];
  if (useNodeInspect) notes.push("node's util.inspect");
  if (process.env.COIL_EMPTY_BINDINGS === '1') notes.push('empty internalBinding');
  say(`${passed} passed, ${failed} failed${notes.length ? ` (${notes.join(', ')})` : ''}`);
  process.exitCode = failed === 0 ? 0 : 1;
});
