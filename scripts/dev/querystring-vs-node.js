#!/usr/bin/env node
'use strict';
// Compares coil's stdlib/querystring.js (run under node with the stdlib shim) against node's
// querystring on hand-written tables and seeded random inputs.
//
//   node scripts/dev/querystring-vs-node.js     # VERBOSE=1 prints passing cases too
//   SEED=123 COUNT=5000 node scripts/dev/querystring-vs-node.js
//
// Prints every mismatch and ends with `N passed, M failed`.

const util = require('util');
const { createStdlib } = require('./stdlib-shim');

const coilRequire = createStdlib();
const coilQs = coilRequire('querystring');
const nodeQs = require('querystring');

let passed = 0;
let failed = 0;
const verbose = process.env.VERBOSE === '1';

function describe(v) {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v)) {
    return `${Object.getPrototypeOf(v) === null ? '[null proto]' : '[proto]'} ` +
      util.inspect(v, { depth: 6, breakLength: Infinity, maxStringLength: Infinity, maxArrayLength: Infinity });
  }
  return util.inspect(v, { depth: 6, breakLength: Infinity, maxStringLength: Infinity, maxArrayLength: Infinity });
}
function run(fn) {
  try {
    return `ok ${describe(fn())}`;
  } catch (e) {
    return `threw ${e?.name}|${e?.code}|${e?.message}`;
  }
}
function check(name, fn) {
  const a = run(() => fn(coilQs, 'coil'));
  const e = run(() => fn(nodeQs, 'node'));
  if (a === e) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}\n  coil: ${a}\n  node: ${e}`);
  }
}
const show = (s) => JSON.stringify(s);

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

// ------------------------------------------------------------------------------------------------
// Module shape

check('exports', (qs) => Object.keys(qs));
check('aliases', (qs) => [qs.decode === qs.parse, qs.encode === qs.stringify]);
check('function names', (qs) => Object.keys(qs).map((k) => `${k}:${qs[k].name}:${qs[k].length}`));

// ------------------------------------------------------------------------------------------------
// parse

const parseTable = [
  '', 'a', 'a=', '=', '=a', '&', '&&', '&=&', 'a=1', 'a=1&b=2', 'a=1&a=2&a=3', 'a&b&c', 'a=b=c',
  '&a=1', 'a=1&', 'a=1&&b=2', '+', '+=+', 'a+b=c+d', 'a%20b=c%20d', '%', '%%', '%2', '%2x', '%zz', '%41',
  '%%41', 'a=%', 'a=%E9', 'a=%C3%A9', 'a=%C3', 'a=%C3%', '%E2%82%AC=%F0%9F%98%80', 'a=%F0%9F%98',
  'a=%ED%A0%80', 'a=%C0%80', 'a=%FF%FE', 'é=%zz%41', 'é+=%41é', 'a=é%', 'a=😀%zz', '__proto__=1',
  '__proto__=1&__proto__=2', 'constructor=1&hasOwnProperty=2&toString=3', 'a[]=1&a[]=2', 'a[b]=1',
  ';a=1;b=2', 'a=1;b=2', 'foo=bar&baz=qux&foo=quux', 'a=1&b&c=&d==', 'q=%u00e9', 'a=%2B%2b+',
  'x=%25', 'x=%2525', 'x=1%2G', '%=%', 'a%=b%', '%a=%b', 'a=%41%', 'a=%4', 'a=%4%', 'a=%4%41',
  'a=b%0', 'key%3Dx=val%26y', 'a\u0000b=c', 'a=\uD800', 'a=\uDC00%41', 'a=%E9\uD800',
];
const sepEqs = [
  [], [undefined, undefined], ['&', '='], [';', ':'], [';'], ['', ''], [null, null], [0, 0], ['&&', '=='],
  ['ab', 'cd'], ['&', '&'], ['=', '='], ['=', '&'], ['&=', '=&'], ['a', 'b'], [1, 2], [['&'], ['=']],
  ['&&&', '='], ['&', '=='], ['\u00e9', '\u20ac'], ['😀', '='],
];
const decoders = {
  none: undefined,
  upper: (s) => s.toUpperCase(),
  wrap: (s) => `<${s}>`,
  throws: () => { throw new Error('nope'); },
  number: (s) => s.length,
  undef: () => undefined,
  array: (s) => [s],
  native: decodeURIComponent,
};

for (const input of parseTable) {
  for (const args of sepEqs) {
    check(`parse(${show(input)}, ${args.map(show).join(', ')})`, (qs) => qs.parse(input, ...args));
  }
  for (const [name, fn] of Object.entries(decoders)) {
    check(`parse(${show(input)}) decode=${name}`, (qs) => qs.parse(input, null, null, { decodeURIComponent: fn }));
    check(`parse(${show(input)}, ';', ':') decode=${name}`,
      (qs) => qs.parse(input.replace(/&/g, ';').replace(/=/g, ':'), ';', ':', { decodeURIComponent: fn }));
  }
}

// Non-string inputs.
for (const v of [undefined, null, 1, true, {}, [], ['a=1'], { toString() { return 'a=1'; } }, new String('a=1')]) {
  check(`parse(${util.inspect(v)})`, (qs) => qs.parse(v));
}

// maxKeys.
const maxKeysInputs = ['a=1&b=2&c=3&d=4', '&a=1&&b=2&c=3', 'a&&&&b', 'a=1&a=2&a=3&a=4&a=5', '&&&', 'x=1&'];
for (const input of maxKeysInputs) {
  for (const maxKeys of [undefined, 0, -1, 1, 2, 3, 4, 5, 1.5, 2.5, NaN, Infinity, -Infinity, '2', null, 1e9]) {
    check(`parse(${show(input)}) maxKeys=${maxKeys}`, (qs) => qs.parse(input, null, null, { maxKeys }));
    check(`parse(${show(input)}, '&&') maxKeys=${maxKeys}`,
      (qs) => qs.parse(input.replace(/&/g, '&&'), '&&', null, { maxKeys }));
  }
}
check('parse 1000 keys default limit', (qs) => Object.keys(qs.parse(Array.from({ length: 1200 }, (_, i) => `k${i}=${i}`).join('&'))).length);
check('parse 1000 keys with empties', (qs) => Object.keys(qs.parse(Array.from({ length: 1200 }, (_, i) => (i % 3 ? `k${i}=${i}` : '')).join('&'))).length);

// A decoder returning null, then a repeated key (`null.pop` throws in node).
check('parse decoder null + repeat', (qs) => qs.parse('a=1&a=2', null, null, { decodeURIComponent: () => null }));
check('parse decoder object key', (qs) => qs.parse('a=1&b=2', null, null, { decodeURIComponent: (s) => ({ toString: () => `k${s}` }) }));

// Random parse inputs.
const atoms = ['a', 'b', 'c', 'x', '=', '=', '&', '&', '&', '+', '%', '%', '2', '0', '4', '1', 'F', 'f', 'g', 'z', 'é',
  '€', '😀', '\uD83D', '\uDE00', ';', ':', '%E9', '%C3', '%A9', '%FF', '%e2%82%ac', '%F0%9F%98%80', ' ', '__proto__',
  'constructor', '%41', '%2B', '%26', '%3D', '%%', 'ab', 'cd', '==', '&&'];
function randomQs(maxAtoms = 14) {
  const n = Math.floor(rand() * maxAtoms);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(pick(atoms));
  return parts.join('');
}
const randomSeps = [[], [';', ':'], ['&&', '=='], ['ab', '='], ['&', 'cd'], ['=', '&'], ['%', '='], ['+', '=']];
for (let i = 0; i < COUNT; i++) {
  const input = randomQs();
  const args = pick(randomSeps);
  const dec = pick(['none', 'none', 'none', 'wrap', 'throws', 'upper']);
  const maxKeys = pick([undefined, undefined, undefined, 1, 2, 3, 0]);
  check(`random parse ${show(input)} ${args.map(show).join(',')} ${dec} ${maxKeys}`,
    (qs) => qs.parse(input, ...args, { maxKeys, decodeURIComponent: decoders[dec] }));
}

// ------------------------------------------------------------------------------------------------
// stringify

const objs = [
  {}, { a: 1 }, { a: 'b c', d: 'e&f=g' }, { a: [1, 2, 3], b: [] }, { a: [], b: 1 }, { a: '', b: '' },
  { '': '' }, { '': 'x' }, { a: 1e21, b: -1e21, c: 1e20, d: -0, e: 0.1, f: 1e-7 }, { n: NaN, i: Infinity, j: -Infinity },
  { big: 10n, t: true, f: false }, { u: undefined, n: null, o: {}, fn() {}, s: Symbol('x'), d: new Date(0) },
  { arr: [null, undefined, 'x', [1], { a: 1 }, 2n, true] }, { 'a b': 'c d', 'é': '€', '😀': '\uD83D\uDE00' },
  { [`k${'x'.repeat(10)}`]: 'v'.repeat(50) }, ['a', 'b'], [], { 0: 'a', 1: 'b', length: 2 }, Object.create({ inherited: 1 }),
  { "!'()*-._~": "!'()*-._~" }, { q: ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~' }, { lone: '\uDC00a', hi: '\uD800b' },
  { a: new String('x'), b: new Number(3) }, { a: [''], b: ['', ''] },
];
const stringifyArgs = [[], [';', ':'], ['', ''], [null, null], ['&&', '=='], [1, 2], [[], []], [['x'], ['y']]];
const encoders = {
  none: undefined,
  wrap: (s) => `[${s}]`,
  upper: (s) => String(s).toUpperCase(),
  native: encodeURIComponent,
  number: (s) => s.length,
  empty: () => '',
};
for (const obj of objs) {
  for (const args of stringifyArgs) {
    check(`stringify(${util.inspect(obj)}, ${args.map((a) => util.inspect(a)).join(', ')})`,
      (qs) => qs.stringify(obj, ...args));
  }
  for (const [name, fn] of Object.entries(encoders)) {
    check(`stringify(${util.inspect(obj)}) encode=${name}`,
      (qs) => qs.stringify(obj, null, null, { encodeURIComponent: fn }));
  }
}
for (const v of [undefined, null, 'a=1', 1, true, () => {}, Symbol('s')]) {
  check(`stringify(${String(v)})`, (qs) => qs.stringify(v));
}
check('stringify throwing encoder', (qs) => qs.stringify({ a: 1 }, null, null, { encodeURIComponent() { throw new TypeError('enc'); } }));
check('stringify lone surrogate end', (qs) => qs.stringify({ a: 'x\uD800' }));
check('stringify roundtrip', (qs) => qs.parse(qs.stringify({ a: ['1', '2'], 'b c': 'd+e', f: '%zz' })));

// ------------------------------------------------------------------------------------------------
// escape / unescape / unescapeBuffer

{
  // Every code unit alone, and followed by 'a' and by a low surrogate.
  const singles = [];
  for (let c = 0; c < 0x10000; c += (c < 0x800 ? 1 : 7)) singles.push(String.fromCharCode(c));
  for (let c = 0xD7F0; c < 0xE010; c++) singles.push(String.fromCharCode(c));
  check('escape every code unit', (qs) => singles.map((s) => { try { return qs.escape(s); } catch (e) { return e.code; } }));
  check('escape unit + a', (qs) => singles.map((s) => { try { return qs.escape(`${s}a`); } catch (e) { return e.code; } }));
  check('escape unit + low', (qs) => singles.map((s) => { try { return qs.escape(`${s}\uDC01`); } catch (e) { return e.code; } }));
}
for (const v of ['', 'abc', 'a b&c=d', '\uD83D\uDE00', '\uD800', '\uDC00', '\uD800\uD800', 'x\uDBFF\uDFFF', 'é€',
  1, 0, -0, 1.5, true, null, undefined, {}, [1, 2], { toString() { return 'a b'; } }, 10n, Symbol('s')]) {
  check(`escape(${util.inspect(v)})`, (qs) => qs.escape(v));
}

const unescapeTable = ['', 'abc', 'a+b', '%20', '%2', '%', '%%', '%zz', '%41%', '%E9', '%C3%A9', 'é%E9', 'é%41',
  '€%zz', '%F0%9F%98', '%F0%9F%98%80', '%ED%A0%80', '%C0%AF', '%F4%90%80%80', '%E0%80%80', '%EF%BF%BF', '%F8',
  '+%zz', 'a+b%', '%+41', '%4+', '😀%', '\uD800%', 'a%2g', '%0%41', 'abc%4'];
for (const s of unescapeTable) {
  check(`unescape(${show(s)})`, (qs) => qs.unescape(s));
  check(`unescape(${show(s)}, true)`, (qs) => qs.unescape(s, true));
  check(`unescapeBuffer(${show(s)})`, (qs) => qs.unescapeBuffer(s));
  check(`unescapeBuffer(${show(s)}, true)`, (qs) => qs.unescapeBuffer(s, true));
}
for (const v of [1, null, undefined, true]) check(`unescape(${v})`, (qs) => qs.unescape(v));

// Random percent soup (invalid UTF-8 everywhere).
const hexes = '0123456789ABCDEFabcdefgz';
for (let i = 0; i < COUNT; i++) {
  const n = Math.floor(rand() * 10);
  const parts = [];
  for (let j = 0; j < n; j++) {
    const r = rand();
    if (r < 0.6) parts.push(`%${pick(hexes)}${pick(hexes)}`);
    else if (r < 0.7) parts.push('%');
    else parts.push(pick(['a', '+', 'é', '😀', '\uD800', '%8', '%C', '%E', '%F', ' ']));
  }
  const s = parts.join('');
  check(`random unescape ${show(s)}`, (qs) => [qs.unescape(s), qs.unescape(s, true), qs.parse(`k=${s}&${s}=v`)]);
}

// Random escape of arbitrary code units.
for (let i = 0; i < COUNT / 3; i++) {
  const n = Math.floor(rand() * 8);
  const units = [];
  for (let j = 0; j < n; j++) {
    const r = rand();
    units.push(r < 0.3 ? Math.floor(rand() * 128) : r < 0.6 ? 0xD800 + Math.floor(rand() * 0x800) : Math.floor(rand() * 0x10000));
  }
  const s = String.fromCharCode(...units);
  check(`random escape ${show(s)}`, (qs) => { try { return qs.escape(s); } catch (e) { return e.code; } });
}

// ------------------------------------------------------------------------------------------------
// Overridden module functions are used at call time.

function withOverride(qs, key, value, fn) {
  const saved = qs[key];
  qs[key] = value;
  try {
    return fn();
  } finally {
    qs[key] = saved;
  }
}
check('override unescape used by parse', (qs) => withOverride(qs, 'unescape', (s) => `U(${s})`,
  () => qs.parse('a=b&c%41=d+e')));
check('override unescape as fallback of throwing decoder', (qs) => withOverride(qs, 'unescape', (s, d) => `U(${s},${d})`,
  () => qs.parse('a=b%41', null, null, { decodeURIComponent() { throw new Error('x'); } })));
check('override escape used by stringify', (qs) => withOverride(qs, 'escape', (s) => `E(${s})`,
  () => qs.stringify({ a: 'b', c: ['', 1e21], d: 2 })));
check('override unescapeBuffer used by unescape', (qs) => withOverride(qs, 'unescapeBuffer', (s, d) => ({ toString: () => `B(${s},${d})` }),
  () => [qs.unescape('%zz', true), qs.unescape('%41'), qs.parse('a=%zz%41')]));

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
