#!/usr/bin/env node
'use strict';
// Compares coil's stdlib/util.js (run under node with the stdlib shim) against node's util:
// parseArgs (hand-written and seeded random tables), styleText, getSystemErrorName/Map,
// toUSVString, the legacy is* checks, _extend, promisify/callbackify, aborted.
//
//   node scripts/dev/util-vs-node.js      # VERBOSE=1 prints passing cases too
//   SEED=123 COUNT=5000 node scripts/dev/util-vs-node.js
//
// Prints every mismatch and ends with `N passed, M failed`.

const util = require('util');
const { createStdlib } = require('./stdlib-shim');

// internalBinding('os').uvErrors, read from the Rust table it comes from.
function uvErrors() {
  const source = require('fs').readFileSync(
    require('path').join(__dirname, '../../runtime/src/errors/constants.rs'), 'utf8');
  const table = source.slice(source.indexOf('pub const UV_ERRORS'));
  const flat = [];
  for (const [, name, errno, description] of table.matchAll(/\(\s*"(\w+)",\s*(\d+),\s*"([^"]*)",?\s*\)/g)) {
    flat.push(name, Number(errno), description);
  }
  return flat;
}

const coilRequire = createStdlib({
  bindings: { os: { uvErrors: uvErrors() } },
  overrides: {
    os: () => require('os'),
    'internal/util/types': () => util.types,
    'internal/encoding': () => ({ TextEncoder, TextDecoder }),
  },
});
const coilUtil = coilRequire('util');
const nodeUtil = util;

let passed = 0;
let failed = 0;
const verbose = process.env.VERBOSE === '1';

function describe(v) {
  const s = util.inspect(v, { depth: 8, breakLength: Infinity, maxStringLength: Infinity, maxArrayLength: Infinity });
  if (v !== null && typeof v === 'object' && v.values) {
    return `${Object.getPrototypeOf(v.values) === null ? '[null values]' : '[proto values]'} ${s}`;
  }
  return s;
}
function run(fn) {
  try {
    return `ok ${describe(fn())}`;
  } catch (e) {
    return `threw ${e?.name}|${e?.code}|${e?.message}`;
  }
}
function record(name, a, e) {
  if (a === e) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}\n  coil: ${a}\n  node: ${e}`);
  }
}
function check(name, fn) {
  record(name, run(() => fn(coilUtil, 'coil')), run(() => fn(nodeUtil, 'node')));
}

// Seeded PRNG (mulberry32).
let seed = Number(process.env.SEED || 20240601) >>> 0;
function rand() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const COUNT = Number(process.env.COUNT || 3000);

// ---------------------------------------------------------------------------------------------
// Module shape

check('keys order', (u) => {
  const nodeKeys = Object.keys(nodeUtil).filter((k) => k in coilUtil);
  return u === coilUtil ? Object.keys(coilUtil) : nodeKeys;
});
for (const k of Object.keys(coilUtil)) {
  check(`typeof/length ${k}`, (u) => [typeof u[k], typeof u[k] === 'function' ? u[k].length : null,
    typeof u[k] === 'function' ? u[k].name : null]);
}

// ---------------------------------------------------------------------------------------------
// parseArgs: hand-written

const optionSets = [
  {},
  { foo: { type: 'string' } },
  { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' } },
  { foo: { type: 'string', short: 'f', multiple: true }, bar: { type: 'boolean', short: 'b', multiple: true } },
  { foo: { type: 'string', default: 'dflt' }, bar: { type: 'boolean', default: true } },
  { foo: { type: 'string', multiple: true, default: ['a', 'b'] }, v: { type: 'boolean', short: 'v' } },
  { 'no-foo': { type: 'boolean' }, foo: { type: 'string', short: 'x' } },
  { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } },
  { __proto__: null, foo: { type: 'boolean' } },
];
const argPool = ['--foo', '--bar', '-f', '-b', '-v', '-x', '-a', '-c', '-abc', '-bac', '-fb', '-bf',
  '--foo=1', '--foo=', '--bar=0', '--no-foo', '--no-bar', '--no-foo=x', '--no-', '-', '--', 'pos', '-5',
  '--5', '-fvalue', '-cval', '--=x', '---x', '--__proto__', '--toString', '-ab', 'x y', '--foo=--bar'];
const configVariants = [
  {}, { strict: false }, { allowPositionals: true }, { tokens: true }, { strict: false, tokens: true },
  { allowNegative: true }, { allowNegative: true, tokens: true, strict: false },
  { allowNegative: true, allowPositionals: true, tokens: true },
];

const fixed = [
  { args: ['--foo', '--bar'], options: { foo: { type: 'string' }, bar: { type: 'boolean' } } },
  { args: ['-f', '-b'], options: { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean' } } },
  { args: ['-x'], options: { foo: { type: 'bad' } } },
  { args: ['-x'], options: { foo: { type: 'string', short: 'ab' } } },
  { args: ['-x'], options: { foo: { type: 'string', short: 5 } } },
  { args: ['-x'], options: { foo: { type: 'string', short: '' } } },
  { args: ['-x'], options: { foo: { type: 'string', default: 5 } } },
  { args: ['-x'], options: { foo: { type: 'boolean', default: 'x' } } },
  { args: ['-x'], options: { foo: { type: 'string', multiple: true, default: [5] } } },
  { args: ['-x'], options: { foo: { type: 'boolean', multiple: true, default: 'x' } } },
  { args: ['-x'], options: { foo: { type: 'boolean', multiple: 1 } } },
  { args: ['-x'], options: { foo: {} } },
  { args: ['-x'], options: { foo: 5 } },
  { args: ['-x'], options: { foo: null } },
  { args: 'x' },
  { args: null },
  { args: ['-x'], strict: 1 },
  { args: ['-x'], allowPositionals: 'yes' },
  { args: ['-x'], tokens: 'yes' },
  { args: ['-x'], allowNegative: 1 },
  { args: ['x'], options: [] },
  { args: ['x'], options: null },
  { args: ['x'], options: 'str' },
  { args: [5], strict: false },
  { args: [5] },
  5,
  'str',
  {},
  [],
];
fixed.forEach((config, i) => check(`parseArgs fixed #${i} ${JSON.stringify(config)}`, (u) => u.parseArgs(config)));
check('parseArgs null', (u) => u.parseArgs(null));
check('parseArgs undefined', (u) => u.parseArgs(undefined));
check('parseArgs ()', (u) => u.parseArgs());
check('parseArgs inherited options', (u) => u.parseArgs({ __proto__: { args: ['-x'] } }));
check('parseArgs getter args', (u) => u.parseArgs({ get args() { return ['-x']; }, strict: false }));
check('parseArgs default copied', (u) => {
  const def = ['a'];
  const r = u.parseArgs({ args: [], options: { foo: { type: 'string', multiple: true, default: def } } });
  return [r.values.foo === def, r.values.foo];
});
check('parseArgs inherited option props', (u) => u.parseArgs({ args: ['-f', 'x'],
  options: { foo: { __proto__: { type: 'string', short: 'f' } } } }));

for (const opts of optionSets) {
  for (const variant of configVariants) {
    for (const a of argPool) {
      const config = { ...variant, options: opts, args: [a] };
      check(`parseArgs ${JSON.stringify(config)}`, (u) => u.parseArgs(config));
      const config2 = { ...variant, options: opts, args: [a, 'val'] };
      check(`parseArgs ${JSON.stringify(config2)}`, (u) => u.parseArgs(config2));
    }
  }
}

// parseArgs: seeded random
for (let i = 0; i < COUNT; i++) {
  const n = Math.floor(rand() * 6);
  const args = [];
  for (let j = 0; j < n; j++) args.push(pick(argPool));
  const config = { ...pick(configVariants), options: pick(optionSets), args };
  check(`parseArgs random ${JSON.stringify(config)}`, (u) => u.parseArgs(config));
}

// ---------------------------------------------------------------------------------------------
// styleText

const formats = ['red', 'bold', 'none', 'nope', 'reset', 'bgWhiteBright', 'grey', 'inverse', 5, null, undefined,
  [], ['red'], ['red', 'bold'], ['red', 'nope'], ['none'], [5], 'toString', '__proto__'];
for (const f of formats) {
  for (const text of ['x', '', 5, undefined, 'multi\nline']) {
    check(`styleText ${String(f)} ${String(text)}`, (u) => u.styleText(f, text));
    check(`styleText ${String(f)} ${String(text)} noValidate`, (u) => u.styleText(f, text, { validateStream: false }));
  }
}
check('styleText validateStream 5', (u) => u.styleText('red', 'x', { validateStream: 5 }));
check('styleText stream 5', (u) => u.styleText('red', 'x', { stream: 5 }));
check('styleText stream {}', (u) => u.styleText('red', 'x', { stream: {} }));
check('styleText stream stderr', (u) => u.styleText('red', 'x', { stream: process.stderr }));
check('styleText stream tty-like', (u) => u.styleText('red', 'x',
  { stream: { isTTY: true, write() {}, on() {}, getColorDepth() { return 8; } } }));
check('styleText stream tty-like 2 colors', (u) => u.styleText('red', 'x',
  { stream: { isTTY: true, write() {}, on() {}, getColorDepth() { return 1; } } }));
check('styleText options null', (u) => u.styleText('red', 'x', null));
check('inspect.colors', (u) => u.inspect.colors);

// ---------------------------------------------------------------------------------------------
// getSystemErrorName / getSystemErrorMap

const errnos = [-1, -2, -13, -98, -3008, -4095, -4094, -4080, -49, -64, -99999, 0, 1, 2, -0, 1.5, -1.5, NaN,
  Infinity, -Infinity, -(2 ** 53), -(2 ** 53) + 1, 'x', '-2', null, undefined, 2n, {}];
for (let i = 1; i < 140; i++) errnos.push(-i);
for (const e of errnos) check(`getSystemErrorName ${String(e)}`, (u) => u.getSystemErrorName(e));
check('getSystemErrorMap', (u) => [...u.getSystemErrorMap()]);
check('getSystemErrorMap fresh', (u) => [u.getSystemErrorMap() === u.getSystemErrorMap(),
  u.getSystemErrorMap().get(-2) === u.getSystemErrorMap().get(-2)]);

// ---------------------------------------------------------------------------------------------
// toUSVString, legacy checks, _extend

for (const s of ['abc', 'a\ud800b', '\udc00', '\ud83d\ude00', '\ud83d', 'x\ud800\ud800\udc00', '', 5, null,
  undefined, {}, [1, 2], { toString() { return 'a\udfff'; } }, Symbol('s')]) {
  check(`toUSVString ${JSON.stringify(String(typeof s === 'symbol' ? 'sym' : s))}`, (u) => u.toUSVString(s));
}
check('toUSVString ()', (u) => u.toUSVString());

const values = [undefined, null, true, false, new Boolean(true), 0, NaN, -0, 1n, 'x', new String('x'), Symbol('s'),
  {}, [], () => {}, class {}, async () => {}, /x/, new Date(0), Object.create(Date.prototype),
  Object.create(RegExp.prototype), new Error('e'), new TypeError('t'), Object.create(Error.prototype),
  { name: 'Error', message: 'x' }, { [Symbol.toStringTag]: 'Error' }, Object.create(null),
  new Uint8Array(1), Buffer.alloc(1), new Proxy({}, {}), new Proxy(() => {}, {})];
const checks = ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const c of checks) {
  values.forEach((v, i) => check(`${c} value#${i}`, (u) => u[c](v)));
  check(`${c} ()`, (u) => u[c]());
}

const extendCases = [[{ a: 1 }, { b: 2, c: 3 }], [{ a: 1 }, null], [{ a: 1 }, 5], [{ a: 1 }, 'xy'],
  [{ a: 1 }, [7, 8]], [null, { b: 1 }], [undefined, {}], [5, { a: 1 }], [{ a: 1 }, { a: 2, [Symbol('s')]: 1 }],
  [{}, Object.defineProperty({}, 'h', { value: 1, enumerable: false })], [{ a: 1 }, undefined],
  [{}, { z: 1, y: 2, 1: 'one', 0: 'zero' }]];
extendCases.forEach(([t, s], i) => check(`_extend #${i}`, (u) => {
  const target = t !== null && typeof t === 'object' ? { ...t } : t;
  const r = u._extend(target, s);
  return [r === target, r, r && typeof r === 'object' ? Object.keys(r) : null];
}));

// ---------------------------------------------------------------------------------------------
// promisify / callbackify (synchronous parts)

check('promisify 5', (u) => u.promisify(5));
check('promisify custom 5', (u) => { const f = () => {}; f[u.promisify.custom] = 5; return u.promisify(f); });
check('promisify custom fn', (u) => {
  const f = () => {};
  const g = () => {};
  f[u.promisify.custom] = g;
  const p = u.promisify(f);
  return [p === g, g[u.promisify.custom] === g, Object.getOwnPropertyDescriptor(g, u.promisify.custom)];
});
check('promisify twice', (u) => { const f = (cb) => cb(); const p = u.promisify(f); return u.promisify(p) === p; });
check('promisify shape', (u) => {
  function h(a, b, cb) {}
  h.extra = 1;
  const p = u.promisify(h);
  return [p.name, p.length, p.extra, Object.getOwnPropertyNames(p), Object.getPrototypeOf(p) === Function.prototype];
});
check('promisify.custom', (u) => u.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
check('callbackify 5', (u) => u.callbackify(5));
check('callbackify last arg', (u) => u.callbackify(async () => 1)(5));
check('callbackify no args', (u) => u.callbackify(async () => 1)());
check('callbackify shape', (u) => {
  async function g(a, b) {}
  g.extra = 2;
  const c = u.callbackify(g);
  return [c.name, c.length, c.extra, Object.getOwnPropertyNames(c)];
});
check('callbackify shape odd', (u) => {
  const g = async () => {};
  Object.defineProperty(g, 'name', { value: 5 });
  Object.defineProperty(g, 'length', { value: 'x' });
  const c = u.callbackify(g);
  return [c.name, c.length];
});
check('callbackify non-promise', (u) => {
  try {
    u.callbackify(() => 5)(() => {});
    return 'no throw';
  } catch (e) {
    return e.name; // the message names the engine's rendering of the call site
  }
});
check('deprecate code 5', (u) => u.deprecate(() => {}, 'm', 5));
check('deprecate shape', (u) => { const d = u.deprecate(function x(a) {}, 'm', 'DEP0'); return [d.name, d.length]; });
check('aborted bad signal', (u) => u.aborted({}, {}).catch(() => {}) && 'p');

// ---------------------------------------------------------------------------------------------
// Asynchronous checks: each returns a promise of a log array.

const asyncChecks = [];
function checkAsync(name, fn) { asyncChecks.push([name, fn]); }

function errSummary(e) {
  return e && typeof e === 'object' ? `${e.name}|${e.code}|${e.message}|${describe(e.reason)}|${Object.keys(e)}` :
    describe(e);
}

checkAsync('promisify resolve first value', (u) => u.promisify((a, cb) => cb(null, a, 2))(5));
checkAsync('promisify falsy err', (u) => u.promisify((cb) => cb(0, 'x'))());
checkAsync('promisify reject', (u) => u.promisify((cb) => cb(new Error('boom')))().catch(errSummary));
checkAsync('promisify sync throw', (u) => u.promisify(() => { throw new Error('sync'); })().catch(errSummary));
checkAsync('promisify this', (u) => u.promisify(function(cb) { cb(null, this.v); }).call({ v: 3 }));
checkAsync('promisify no values', (u) => u.promisify((cb) => cb())());
for (const reason of [0, null, undefined, '', false, NaN, new Error('real'), 'str']) {
  checkAsync(`callbackify reject ${String(reason)}`, (u) => new Promise((resolve) => {
    u.callbackify(() => Promise.reject(reason))((err, val) => resolve([errSummary(err), val]));
  }));
}
checkAsync('callbackify resolve', (u) => new Promise((resolve) => {
  u.callbackify(async (a, b) => a + b)(1, 2, (...args) => resolve(args));
}));
checkAsync('callbackify this', (u) => new Promise((resolve) => {
  const c = u.callbackify(async function() { return this.v; });
  c.call({ v: 7 }, function(err, v) { resolve([err, v, this.v]); });
}));
checkAsync('callbackify sync throw', async (u) => {
  try {
    u.callbackify(() => { throw new Error('sync'); })(() => {});
    return 'no throw';
  } catch (e) {
    return errSummary(e);
  }
});
checkAsync('aborted resolves', (u) => {
  const ac = new AbortController();
  const p = u.aborted(ac.signal, {}).then((v) => [typeof v, v && v.type]);
  ac.abort();
  return p;
});
checkAsync('aborted pre-aborted', (u) => u.aborted(AbortSignal.abort(), {}).then((v) => [typeof v]));
checkAsync('aborted bad signal', (u) => u.aborted({}, {}).catch(errSummary));
checkAsync('aborted undefined signal', (u) => u.aborted(undefined, {}).catch(errSummary));
checkAsync('aborted bad resource', (u) => u.aborted(new AbortController().signal, 5).catch(errSummary));
checkAsync('aborted null resource', (u) => u.aborted(new AbortController().signal, null).catch(errSummary));
checkAsync('aborted fn resource', (u) => {
  const ac = new AbortController();
  const p = u.aborted(ac.signal, () => {}).then(() => 'ok');
  ac.abort();
  return p;
});

(async () => {
  for (const [name, fn] of asyncChecks) {
    const settle = async (u) => {
      try {
        return `ok ${describe(await fn(u))}`;
      } catch (e) {
        return `threw ${errSummary(e)}`;
      }
    };
    record(name, await settle(coilUtil), await settle(nodeUtil));
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
