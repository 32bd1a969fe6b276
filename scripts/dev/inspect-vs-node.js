'use strict';

// Compares coil's stdlib util.inspect / util.format (stdlib/internal/util/inspect*.js)
// with Node's own, byte for byte, on a large table of values and options.
//
//   node scripts/dev/inspect-vs-node.js            # all cases, both binding modes
//   node scripts/dev/inspect-vs-node.js -v         # also print passing cases
//   node scripts/dev/inspect-vs-node.js -f NAME    # only cases whose name contains NAME
//
// The stdlib files are loaded with a small shim of the stdlib module format;
// internalBinding('util') (getPromiseState, getProxyDetails, previewEntries and
// the optional getConstructorName) is implemented with Node's internal util
// binding (hence the re-spawn with --expose-internals). A second pass loads a
// copy whose binding has no getConstructorName and a previewEntries that always
// returns undefined (an engine that cannot see inside iterators / weak
// collections), checks the fallback output and that nothing else changes.
// Finally util.types (stdlib/internal/util/types.js) is compared on samples.
// Prints mismatches and "N passed, M failed"; exits 1 on any failure.

require('./stdlib-shim').ensureExposeInternals(__filename);

const fs = require('fs');
const path = require('path');
const util = require('util');
const { internalBinding: nodeInternalBinding } = require('internal/test/binding');
const nodeUtilBinding = nodeInternalBinding('util');

const STDLIB = path.resolve(__dirname, '..', '..', 'stdlib');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const filterIdx = args.indexOf('-f');
const filter = filterIdx !== -1 ? args[filterIdx + 1] : undefined;

// --- stdlib loader shim -----------------------------------------------------

function makeUtilBinding(canPreview) {
  const binding = {
    getPromiseState(p) {
      return nodeUtilBinding.getPromiseDetails(p);
    },
    getProxyDetails(v) {
      const details = nodeUtilBinding.getProxyDetails(v, true);
      return details === undefined ? undefined : [details[0], details[1]];
    },
    previewEntries(v) {
      if (!canPreview) return undefined;
      const t = util.types;
      if (!t.isMapIterator(v) && !t.isSetIterator(v) && !t.isWeakMap(v) && !t.isWeakSet(v)) return undefined;
      return nodeUtilBinding.previewEntries(v, true);
    },
  };
  // Optional: with it, names of objects whose prototype was swapped after
  // construction match V8 exactly; without it inspect derives them in JS.
  if (canPreview) binding.getConstructorName = (v) => nodeUtilBinding.getConstructorName(v);
  return binding;
}

function loadStdlib(canPreview) {
  const cache = new Map();
  const bindings = { util: makeUtilBinding(canPreview) };
  const internalBinding = (name) => {
    if (!(name in bindings)) throw new Error(`no binding ${name}`);
    return bindings[name];
  };
  function req(id) {
    if (cache.has(id)) return cache.get(id).exports;
    const file = path.join(STDLIB, `${id}.js`);
    const src = fs.readFileSync(file, 'utf8');
    const module = { exports: {} };
    cache.set(id, module);
    const fn = new Function('exports', 'require', 'module', 'internalBinding', src);
    fn.call(undefined, module.exports, req, module, internalBinding);
    return module.exports;
  }
  return req;
}

const coil = loadStdlib(true)('internal/util/inspect');
const coilNoPreview = loadStdlib(false)('internal/util/inspect');
const coilTypes = loadStdlib(true)('internal/util/types');

// --- test table -------------------------------------------------------------

const cases = [];
// make() is called once per implementation so side effects do not leak.
function t(name, make, opts) {
  cases.push({ name, make, opts, kind: 'inspect' });
}
function tv(name, value, opts) {
  t(name, () => value, opts);
}
function tf(name, makeArgs) {
  cases.push({ name, make: makeArgs, kind: 'format' });
}
function tfo(name, makeArgs) {
  cases.push({ name, make: makeArgs, kind: 'formatWithOptions' });
}

addCases({ t, tv, tf, tfo });
addRandomCases(t, 400);

// --- run --------------------------------------------------------------------

async function loadNamespaces() {
  namespaceObject = await import('data:text/javascript,export let a = 1; export const b = { c: [2] }; export function f() {} export default class K {}');
  emptyNamespace = await import('data:text/javascript,');
  // A namespace inspected while one of its bindings is still uninitialised (TDZ).
  const os = require('os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coil-inspect-')), 'tdz.mjs');
  fs.writeFileSync(file, "import * as ns from './tdz.mjs'; globalThis.__tdzHook(ns); export let later = 1; export const early = 2;");
  globalThis.__tdzHook = (ns) => {
    tdzResults = [util.inspect(ns), coil.inspect(ns), util.inspect(ns, { showHidden: true }), coil.inspect(ns, { showHidden: true })];
    if (verbose) console.log(`tdz namespace: ${JSON.stringify(tdzResults)}`);
  };
  await import(require('url').pathToFileURL(file).href);
}
let tdzResults;

async function main() {
  await loadNamespaces();

  function run(impl, c) {
    try {
      if (c.kind === 'inspect') {
        const value = c.make(impl.inspect);
        return c.opts === undefined ? impl.inspect(value) :
          (Array.isArray(c.opts) ? impl.inspect(value, ...c.opts) : impl.inspect(value, c.opts));
      }
      const fnArgs = c.make(impl.inspect);
      return c.kind === 'format' ? impl.format(...fnArgs) : impl.formatWithOptions(...fnArgs);
    } catch (err) {
      return `<<threw ${err && err.name}: ${err && err.message}>>`;
    }
  }

  const nodeImpl = { inspect: util.inspect, format: util.format, formatWithOptions: util.formatWithOptions };

  let passed = 0;
  let failed = 0;
  function check(label, impl, c, expectFn) {
    // Both runs go through the same call site so that error stacks are equal.
    const [expected, actual] = [nodeImpl, impl].map((which) => (which === nodeImpl && expectFn ? expectFn(c) : run(which, c)));
    if (actual === expected) {
      passed++;
      if (verbose) console.log(`ok   ${label}: ${JSON.stringify(actual)}`);
    } else {
      failed++;
      console.log(`FAIL ${label}`);
      console.log(`  expected: ${JSON.stringify(expected)}`);
      console.log(`  actual:   ${JSON.stringify(actual)}`);
    }
  }

  for (const c of cases) {
    if (filter && !c.name.includes(filter)) continue;
    check(c.name, coil, c);
  }

  // Without previewEntries: iterators and weak collections degrade gracefully.
  // (This mode also lacks getConstructorName.)
  const noPreviewExpect = [
    ['map iterator', () => new Map([[1, 2]]).keys(), 'Object [Map Iterator] {}'],
    ['map entries', () => new Map([[1, 2]]).entries(), 'Object [Map Iterator] {}'],
    ['set iterator', () => new Set([1]).values(), 'Object [Set Iterator] {}'],
    ['weakmap hidden', () => new WeakMap(), 'WeakMap { <items unknown> }', { showHidden: true }],
    ['weakset', () => new WeakSet(), 'WeakSet { <items unknown> }'],
    ['map', () => new Map([[1, { a: [] }]]), 'Map(1) { 1 => { a: [] } }'],
  ];
  for (const [name, make, expected, opts] of noPreviewExpect) {
    if (filter && !name.includes(filter)) continue;
    check(`no-preview: ${name}`, coilNoPreview, { name, make, opts, kind: 'inspect' }, () => expected);
  }
  // And everything else must be unchanged, except where only V8 knows the
  // constructor that created an object whose prototype was later replaced.
  const needsV8ConstructorName = new Set(['null proto instance', 'null proto instance tag',
    'null proto instance depth']);
  for (const c of cases) {
    if (filter && !c.name.includes(filter)) continue;
    if (/iterator|entries|weak/i.test(c.name) || needsV8ConstructorName.has(c.name)) continue;
    check(`no-preview: ${c.name}`, coilNoPreview, c);
  }

  // util.types agreement.
  {
    const values = typeSamples();
    for (const [name, make] of values) {
      if (filter && !name.includes(filter)) continue;
      for (const key of Object.keys(util.types)) {
        if (key === 'isKeyObject' || key === 'isCryptoKey') continue;
        if (typeof coilTypes[key] !== 'function') {
          failed++;
          console.log(`FAIL types.${key} missing`);
          continue;
        }
        let expected = util.types[key](make());
        const actual = coilTypes[key](make());
        // No side-effect-free brand check exists in JS for these two.
        if ((name === 'fake map iterator' && key === 'isMapIterator') ||
            (name === 'fake namespace' && key === 'isModuleNamespaceObject')) {
          expected = true;
        }
        if (expected === actual) {
          passed++;
        } else {
          failed++;
          console.log(`FAIL types.${key}(${name}): expected ${expected}, got ${actual}`);
        }
      }
    }
  }

  // inspect.defaultOptions changes apply to later calls (both implementations).
  {
    const saved = { ...util.inspect.defaultOptions };
    const coilSaved = { ...coil.inspect.defaultOptions };
    const variants = [{ depth: 0 }, { breakLength: 20, compact: 1 }, { colors: true }, { numericSeparator: true },
      { maxArrayLength: 2, sorted: true }, { showHidden: true }];
    const sample = { b: [1, 2, 3, 4], a: { deep: { deeper: 1234567 } }, s: 'str' };
    for (const v of variants) {
      util.inspect.defaultOptions = v;
      coil.inspect.defaultOptions = v;
      const label = `defaultOptions ${JSON.stringify(v)}`;
      check(label, coil, { name: label, make: () => sample, kind: 'inspect' });
      check(`${label} format`, coil, { name: label, make: () => ['%s %d %O', sample, 1234567, sample], kind: 'format' });
      util.inspect.defaultOptions = saved;
      coil.inspect.defaultOptions = coilSaved;
    }
    for (const bad of [1, null, 'x', [1]]) {
      let e1;
      let e2;
      try { util.inspect.defaultOptions = bad; } catch (e) { e1 = `${e.name} ${e.code} ${e.message}`; }
      try { coil.inspect.defaultOptions = bad; } catch (e) { e2 = `${e.name} ${e.code} ${e.message}`; }
      if (e1 === e2) passed++; else { failed++; console.log(`FAIL defaultOptions = ${String(bad)}\n  expected: ${e1}\n  actual:   ${e2}`); }
    }
    const shape = (fn) => [typeof fn, fn.name, fn.length, String(fn.custom), Object.keys(fn).join()].join('|');
    for (const [a, b, label] of [[util.inspect, coil.inspect, 'inspect'], [util.format, coil.format, 'format'],
      [util.formatWithOptions, coil.formatWithOptions, 'formatWithOptions']]) {
      if (shape(a) === shape(b)) passed++; else { failed++; console.log(`FAIL shape ${label}: ${shape(a)} vs ${shape(b)}`); }
    }
    const colorKeys = (c) => Object.getOwnPropertyNames(c).map((k) => `${k}=${c[k]}`).join();
    if (colorKeys(util.inspect.colors) === colorKeys(coil.inspect.colors) &&
        JSON.stringify(util.inspect.styles) === JSON.stringify(coil.inspect.styles)) passed++;
    else { failed++; console.log('FAIL colors/styles tables'); }
    for (const str of ['\u001b[31mred\u001b[39m', 'plain', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007', '\u009b1mX']) {
      if (util.stripVTControlCharacters(str) === coil.stripVTControlCharacters(str)) passed++;
      else { failed++; console.log(`FAIL stripVTControlCharacters ${JSON.stringify(str)}`); }
    }
  }

  // Namespace with an uninitialised binding.
  for (let i = 0; i < 4; i += 2) {
    if (tdzResults[i] === tdzResults[i + 1]) {
      passed++;
    } else {
      failed++;
      console.log(`FAIL namespace tdz ${i}\n  expected: ${JSON.stringify(tdzResults[i])}\n  actual:   ${JSON.stringify(tdzResults[i + 1])}`);
    }
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;

}

// --- cases ------------------------------------------------------------------

function addCases({ t, tv, tf, tfo }) {
  const errorStack = (e, stack) => { e.stack = stack; return e; };
  // Primitives.
  const prims = [
    ['undefined', undefined], ['null', null], ['true', true], ['false', false],
    ['0', 0], ['-0', -0], ['1', 1], ['-1', -1], ['1.5', 1.5], ['NaN', NaN], ['Infinity', Infinity],
    ['-Infinity', -Infinity], ['1e21', 1e21], ['1e-7', 1e-7], ['max', Number.MAX_VALUE],
    ['min', Number.MIN_VALUE], ['bigint 1n', 1n], ['bigint -123456789n', -123456789n],
    ['bigint 0n', 0n], ['symbol', Symbol('foo')], ['symbol empty', Symbol()],
    ['symbol desc empty', Symbol('')], ['symbol newline', Symbol('a\nb')], ['symbol quote', Symbol("it's")],
    ['well-known symbol', Symbol.iterator], ['registered symbol', Symbol.for('reg')],
    ['empty string', ''], ['string', 'hello'], ['string single quote', "it's"],
    ['string both quotes', 'it\'s "x"'], ['string all quotes', 'it\'s "x" `y`'],
    ['string quotes and ${', 'it\'s "x" ${y}'], ['string backslash', 'a\\b'],
    ['string controls', '\x00\x01\b\t\n\v\f\r\x1b\x7f\x80\x9f\xa0'],
    ['string unicode', 'héllo wörld ☃ 😀 中文'], ['string lone high surrogate', 'a\ud800b'],
    ['string lone low surrogate', 'a\udc00b'], ['string trailing high surrogate', 'ab\ud83d'],
    ['string pair', '\ud83d\ude00'], ['string reversed pair', '\ude00\ud83d'],
    ['long string with escapes', `${'x'.repeat(120)}\ud800\x01'`],
    ['string 6000 chars with escape', `${'y'.repeat(6000)}\n`],
    ['string multi-line short', 'a\nb'], ['string multi-line long', `${'line one '.repeat(5)}\n${'line two '.repeat(5)}\nend`],
    ['string newline at end long', `${'z'.repeat(90)}\n`],
    ['string long no newline', 'w'.repeat(200)], ['string many newlines', 'a\n'.repeat(30)],
    ['string with quote multi-line', `it's ${'q'.repeat(80)}\nsecond "line"`],
  ];
  for (const [name, v] of prims) tv(`prim ${name}`, v);
  tv('string maxStringLength 3', 'abcdef', { maxStringLength: 3 });
  tv('string maxStringLength 5 one more', 'abcdef', { maxStringLength: 5 });
  tv('string maxStringLength 0', 'abcdef', { maxStringLength: 0 });
  tv('string maxStringLength null', 'abcdef', { maxStringLength: null });
  tv('string maxStringLength in array', ['abcdef', 'gh'], { maxStringLength: 2 });
  tv('string multiline compact true', `${'a'.repeat(50)}\n${'b'.repeat(50)}`, { compact: true });
  tv('string multiline breakLength 20', 'aaaaaaaaaa\nbbbbbbbbbbbbbbb\ncc', { breakLength: 20 });
  tv('string multiline nested', { key: { inner: `${'first line '.repeat(4)}\n${'second line '.repeat(4)}` } });
  tv('string multiline in array', [`${'first line '.repeat(4)}\n${'second line '.repeat(4)}`, 1]);
  for (const n of [1234, 1234567, -1234567.891, 0.0001234, 1e21, 1.5e-7, 1e-7, -0, -0.5, 123456789.123456789,
    NaN, Infinity, 1000, 100, 12345.6789e-3, 5e-324, 123n, 1234567n, -1234567n]) {
    tv(`numericSeparator ${String(n)}${typeof n === 'bigint' ? 'n' : ''}`, n, { numericSeparator: true });
  }
  tv('numericSeparator array', [1234567, 1234.5678, 12345678901234567890n], { numericSeparator: true });
  tv('numericSeparator typed array', new Float64Array([1234567.125, 1]), { numericSeparator: true });

  // Plain objects.
  tv('empty object', {});
  tv('object simple', { a: 1, b: 'two', c: true, d: null, e: undefined });
  tv('object nested', { a: { b: { c: { d: { e: 1 } } } } });
  tv('object nested depth 0', { a: { b: 1 } }, { depth: 0 });
  tv('object nested depth null', { a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: null });
  tv('object nested depth Infinity', { a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: Infinity });
  tv('object nested depth 5', { a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: 5 });
  tv('object nested arrays depth', [[[[[1]]]]]);
  tv('object quoted keys', { 'a-b': 1, 'c d': 2, '1x': 3, _ok: 4, $dollar: 5, 'quote\'s': 6, '': 7, 'ü': 8 });
  tv('object numeric keys', { 1: 'a', 2: 'b', 10: 'c' });
  tv('object __proto__ key', JSON.parse('{"__proto__": 1, "a": 2}'));
  tv('object symbol keys', { [Symbol('s')]: 1, [Symbol.iterator]: 2, a: 3 });
  t('object non-enumerable symbol', () => Object.defineProperty({ a: 1 }, Symbol('hidden'), { value: 2 }));
  t('object non-enumerable symbol hidden', () => Object.defineProperty({ a: 1 }, Symbol('hidden'), { value: 2 }), { showHidden: true });
  t('object non-enumerable prop hidden', () => Object.defineProperty({ a: 1 }, 'b\nc', { value: 2 }), { showHidden: true });
  tv('object long', { aaaaaaaaaa: 'aaaaaaaaaaaaaa', bbbbbbbbbbb: 'bbbbbbbbbbbbbbbb', ccccccccc: 'ccccccccccccccccc', dddd: 1 });
  tv('object many keys', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
  tv('object 27 chars per line', { a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(20) });
  tv('object breakLength boundary 1', { abc: 'x'.repeat(60) });
  tv('object breakLength boundary 2', { abc: 'x'.repeat(64), d: 1 });
  tv('object breakLength boundary 3', { abc: 'x'.repeat(55), de: 'y' });
  tv('object of objects', { a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, c: [1, 2, 3], d: new Map([[1, 2]]) });
  tv('object compact levels', { a: { b: { c: {} } } });
  tv('object compact levels 2', { a: 1, b: { c: { d: 2 } } });
  tv('object compact levels 3', { a: { b: { c: { d: 1 } } }, e: 1 }, { depth: 10 });
  tv('object functions inside', { f() {}, g: () => {}, h: function named() {} });
  tv('object with class', { A: class A {}, B: class extends Error {} });
  tv('object with error', { err: new Error('inner') });
  tv('object multi-line value', { a: [{ b: 'x'.repeat(40), c: 'y'.repeat(40) }] });

  // Compact / breakLength options.
  const compactSample = { a: 1, b: { c: [1, 2, 3], d: 'str', e: { f: { g: 1 } } }, h: [{ i: 1 }, { j: 2 }] };
  for (const compact of [false, true, 0, 1, 2, 3, 4, 10]) {
    tv(`compact ${compact}`, compactSample, { compact });
    tv(`compact ${compact} array`, Array.from({ length: 30 }, (_, i) => i * 3), { compact });
    tv(`compact ${compact} long`, { text: 'x'.repeat(100), other: { deep: 'y'.repeat(70) } }, { compact });
  }
  for (const breakLength of [0, 1, 20, 40, 80, 120, Infinity]) {
    tv(`breakLength ${breakLength}`, compactSample, { breakLength });
    tv(`breakLength ${breakLength} array`, Array.from({ length: 26 }, (_, i) => `item${i}`), { breakLength });
  }
  tv('breakLength Infinity compact false', compactSample, { breakLength: Infinity, compact: false });
  tv('compact true long key', { key: 'x'.repeat(90) }, { compact: true });
  tv('compact true nested long', { a: { b: 'x'.repeat(50), c: 'y'.repeat(50) } }, { compact: true });
  tv('compact true with function base', Object.assign(function f() {}, { a: 1 }), { compact: true });
  tv('compact true set', new Set(['x'.repeat(40), 'y'.repeat(40)]), { compact: true });

  // Arrays.
  tv('empty array', []);
  tv('array simple', [1, 2, 3]);
  tv('array mixed', [1, 'a', null, undefined, true, 2n, Symbol('x'), {}]);
  tv('array 6 items', [1, 2, 3, 4, 5, 6]);
  tv('array 7 items', [1, 2, 3, 4, 5, 6, 7]);
  tv('array 26 numbers', Array.from({ length: 26 }, (_, i) => i));
  tv('array 100 numbers', Array.from({ length: 100 }, (_, i) => i * 7));
  tv('array 101 numbers', Array.from({ length: 101 }, (_, i) => i));
  tv('array 150 numbers', Array.from({ length: 150 }, (_, i) => i));
  tv('array 1000 mixed numbers', Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000003));
  tv('array negative numbers', Array.from({ length: 20 }, (_, i) => (i % 2 ? -i : i * 1000)));
  tv('array bigints grouped', Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n));
  tv('array strings grouped', Array.from({ length: 30 }, (_, i) => 'abc'.repeat(i % 4)));
  tv('array strings of varying length', ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg', 'hhhhhhhh', 'x'.repeat(30)]);
  tv('array one long string', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'.repeat(70)]);
  tv('array objects', [{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
  tv('array of arrays', [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
  tv('array nested grouping', { arr: Array.from({ length: 40 }, (_, i) => i) });
  tv('array deep nested grouping', { a: { b: { arr: Array.from({ length: 40 }, (_, i) => `s${i}`) } } });
  tv('array grouping unicode', Array.from({ length: 22 }, (_, i) => (i % 2 ? '中文字' : 'ab')));
  tv('array grouping emoji', Array.from({ length: 30 }, (_, i) => '😀'.repeat(i % 3 + 1)));
  tv('array grouping combining', Array.from({ length: 12 }, () => 'e\u0301e\u0301'));
  tv('array with holes 1', [1, , 3]); // eslint-disable-line no-sparse-arrays
  tv('array with holes 2', [, , 1, , , , 2, , ]); // eslint-disable-line no-sparse-arrays
  tv('array only holes', new Array(5));
  tv('array single hole', new Array(1));
  t('array huge hole', () => { const a = []; a[1000] = 1; return a; });
  t('array hole past max', () => { const a = [1, 2]; a.length = 200; return a; });
  t('array holes maxArrayLength', () => { const a = [1, , 3, , 5, , 7]; return a; }, { maxArrayLength: 3 }); // eslint-disable-line no-sparse-arrays
  t('array holes maxArrayLength 2', () => { const a = []; a[5] = 1; a[10] = 2; return a; }, { maxArrayLength: 2 });
  t('array extra props', () => Object.assign([1, 2, 3], { foo: 'bar', [Symbol('s')]: 1 }));
  t('array extra props only', () => Object.assign([], { foo: 'bar' }));
  t('array extra props with holes', () => Object.assign([1, , 3], { foo: 'bar' })); // eslint-disable-line no-sparse-arrays
  t('array extra props many', () => Object.assign(Array.from({ length: 10 }, (_, i) => i), { a: 1, b: 2 }));
  t('array index 4294967295', () => { const a = [1]; a['4294967295'] = 2; return a; });
  t('array showHidden', () => [1, 2, 3], { showHidden: true });
  t('array showHidden empty', () => [], { showHidden: true });
  tv('array maxArrayLength 0', [1, 2, 3], { maxArrayLength: 0 });
  tv('array maxArrayLength 2', [1, 2, 3], { maxArrayLength: 2 });
  tv('array maxArrayLength -1', [1, 2, 3], { maxArrayLength: -1 });
  tv('array maxArrayLength null', Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: null });
  tv('array maxArrayLength Infinity', Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: Infinity });
  tv('array maxArrayLength 10 of 26', Array.from({ length: 26 }, (_, i) => i), { maxArrayLength: 10 });
  t('array getter element', () => Object.defineProperty([1, 2], 0, { get() { return 5; }, enumerable: true }));
  t('array subclass', () => { class Foo extends Array {} return Foo.from([1, 2]); });
  t('array subclass empty', () => { class Foo extends Array {} return new Foo(); });
  t('array null proto', () => Object.setPrototypeOf([1, 2], null));
  t('array null proto empty', () => Object.setPrototypeOf([], null));
  t('array toStringTag', () => Object.assign([1], { [Symbol.toStringTag]: 'Tag' }));
  t('array inherited toStringTag', () => { class A extends Array { get [Symbol.toStringTag]() { return 'T'; } } return A.of(1); });
  tv('array depth exceed', [[[[1]]]], { depth: 1 });
  tv('array in object depth exceed', { a: { b: { c: [1] } } });
  tv('array sorted', [3, 1, 2], { sorted: true });
  t('array sorted extras', () => Object.assign([3, 1, 2], { z: 1, a: 2, m: 3 }), { sorted: true });

  // Circular.
  t('circular object', () => { const o = { a: 1 }; o.self = o; return o; });
  t('circular array', () => { const a = [1]; a.push(a); return a; });
  t('circular nested', () => { const o = { a: { b: {} } }; o.a.b.c = o; o.a.b.d = o.a; return o; });
  t('circular two refs', () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; return [a, b]; });
  t('circular map', () => { const m = new Map(); m.set('self', m); m.set(m, 1); return m; });
  t('circular set', () => { const s = new Set(); s.add(s); return s; });
  t('circular compact true', () => { const o = { a: 1 }; o.self = o; return o; }, { compact: true });
  t('circular function', () => { const f = function f() {}; f.self = f; return f; });
  t('circular error', () => { const e = new Error('circ'); e.self = e; e.stack = 'Error: circ\n    at x (file.js:1:1)'; return e; });
  t('circular in class', () => { class Node { constructor() { this.parent = this; } } return new Node(); });
  t('same object twice not circular', () => { const x = { a: 1 }; return [x, x]; });

  // Map and Set.
  tv('map empty', new Map());
  tv('map simple', new Map([[1, 'a'], ['b', { c: 2 }]]));
  tv('map object keys', new Map([[{ a: 1 }, [1, 2]], [[3], new Set([4])]]));
  tv('map nested', new Map([[1, new Map([[2, new Map([[3, new Map([[4, 5]])]])]])]]));
  tv('map many', new Map(Array.from({ length: 30 }, (_, i) => [i, `v${i}`])));
  tv('map maxArrayLength', new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 });
  tv('map maxArrayLength 0', new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 0 });
  t('map extra props', () => Object.assign(new Map([[1, 2]]), { foo: 'bar' }));
  t('map empty extra props', () => Object.assign(new Map(), { foo: 'bar' }));
  t('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
  t('map null proto', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
  t('map toStringTag own', () => Object.assign(new Map(), { [Symbol.toStringTag]: 'X' }));
  tv('map sorted', new Map([['b', 1], ['a', 2]]), { sorted: true });
  tv('map sorted fn', new Map([['b', 1], ['a', 2], ['c', 0]]), { sorted: (a, b) => (a < b ? 1 : -1) });
  tv('set empty', new Set());
  tv('set simple', new Set([1, 'two', { three: 3 }, [4]]));
  tv('set many', new Set(Array.from({ length: 30 }, (_, i) => i)));
  tv('set maxArrayLength', new Set([1, 2, 3, 4]), { maxArrayLength: 2 });
  t('set extra props', () => Object.assign(new Set([1]), { foo: 'bar' }));
  t('set subclass', () => { class MySet extends Set {} return new MySet([1]); });
  t('set null proto', () => Object.setPrototypeOf(new Set([1, 2]), null));
  tv('set sorted', new Set(['c', 'a', 'b']), { sorted: true });
  tv('set depth', { a: { b: new Set([{ c: 1 }]) } });
  tv('set depth exceed', { a: { b: { c: new Set([1]) } } });
  tv('map depth exceed', { a: { b: { c: new Map([[1, 2]]) } } });
  t('set showHidden', () => new Set([1]), { showHidden: true });
  t('map showHidden', () => new Map([[1, 2]]), { showHidden: true });
  tv('set long entries', new Set(['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]));

  // Iterators and entries.
  t('map iterator keys', () => new Map([[1, 2], [3, 4]]).keys());
  t('map iterator values', () => new Map([[1, { a: 2 }], [3, 4]]).values());
  t('map iterator entries', () => new Map([[1, 2], [3, 4]]).entries());
  t('map iterator empty', () => new Map().keys());
  t('map iterator consumed', () => { const it = new Map([[1, 2], [3, 4]]).keys(); it.next(); return it; });
  t('map iterator maxArrayLength', () => new Map([[1, 2], [3, 4], [5, 6]]).entries(), { maxArrayLength: 1 });
  t('set iterator values', () => new Set([1, 2, 3]).values());
  t('set iterator entries', () => new Set([1, 2]).entries());
  t('set iterator many', () => new Set(Array.from({ length: 30 }, (_, i) => i)).values());
  t('set iterator maxArrayLength', () => new Set([1, 2, 3]).values(), { maxArrayLength: 1 });
  t('map iterator with props', () => Object.assign(new Map([[1, 2]]).keys(), { x: 1 }));
  t('map iterator depth', () => ({ a: { b: new Map([[1, { c: { d: 1 } }]]).entries() } }));
  t('map iterator sorted', () => new Map([[3, 1], [1, 2]]).keys(), { sorted: true });
  t('array iterator', () => [1, 2].values());
  t('string iterator', () => 'ab'[Symbol.iterator]());
  t('generator object', () => (function* gen() { yield 1; })());
  t('async generator object', () => (async function* agen() { yield 1; })());

  // Weak collections.
  t('weakmap', () => new WeakMap([[{}, 1]]));
  t('weakset', () => new WeakSet([{}]));
  t('weakmap showHidden', () => { const k = { k: 1 }; globalThis.__keep1 = k; return new WeakMap([[k, 'v']]); }, { showHidden: true });
  t('weakset showHidden', () => { const k = { k: 2 }; globalThis.__keep2 = k; return new WeakSet([k]); }, { showHidden: true });
  t('weakset showHidden empty', () => new WeakSet(), { showHidden: true });
  t('weakmap extra props', () => Object.assign(new WeakMap(), { a: 1 }));
  t('weakmap subclass', () => { class W extends WeakMap {} return new W(); });

  // Class instances and prototypes.
  t('class instance', () => { class Foo { constructor() { this.a = 1; } } return new Foo(); });
  t('class instance empty', () => { class Foo {} return new Foo(); });
  t('class instance nested', () => { class Foo { constructor() { this.child = { x: [1] }; } } return { foo: new Foo() }; });
  t('class instance depth exceed', () => { class Foo {} return { a: { b: { c: new Foo() } } }; });
  t('class instance depth exceed props', () => { class Foo { constructor() { this.x = 1; } } return { a: { b: { c: new Foo() } } }; });
  t('subclass instance', () => { class A {} class B extends A { constructor() { super(); this.b = 2; } } return new B(); });
  t('anonymous class instance', () => new (class {})());
  t('class instance toStringTag', () => { class Foo { get [Symbol.toStringTag]() { return 'Bar'; } } return new Foo(); });
  t('class instance toStringTag same', () => { class Foo { get [Symbol.toStringTag]() { return 'Foo'; } } return new Foo(); });
  t('class instance toStringTag empty', () => { class Foo { get [Symbol.toStringTag]() { return ''; } } return new Foo(); });
  t('object toStringTag own enumerable', () => ({ [Symbol.toStringTag]: 'Own', a: 1 }));
  t('object toStringTag own non-enumerable', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' }));
  t('object toStringTag own non-enumerable showHidden', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' }), { showHidden: true });
  t('object toStringTag non-string', () => ({ [Symbol.toStringTag]: 1 }));
  t('object inherited toStringTag', () => Object.create({ [Symbol.toStringTag]: 'Proto' }));
  t('null proto object', () => Object.create(null));
  t('null proto object props', () => Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
  t('null proto object toStringTag', () => Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' }));
  t('null proto non-enumerable toStringTag', () => Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'T' }));
  t('null proto nested depth', () => ({ a: { b: { c: Object.create(null) } } }));
  t('null proto nested depth props', () => ({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }));
  t('null proto instance', () => { class Foo { constructor() { this.a = 1; } } return Object.setPrototypeOf(new Foo(), null); });
  t('null proto instance tag', () => { class Foo {} const f = new Foo(); f[Symbol.toStringTag] = 'Q'; return Object.setPrototypeOf(f, null); });
  t('null proto instance depth', () => { class Foo { constructor() { this.a = 1; } } return { a: { b: { c: Object.setPrototypeOf(new Foo(), null) } } }; });
  t('null proto own enumerable tag', () => Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T', a: 1 }));
  t('null proto tag getter', () => Object.defineProperty(Object.create(null), Symbol.toStringTag, { get() { return 'G'; }, enumerable: true }));
  t('null proto array depth', () => ({ a: { b: { c: Object.setPrototypeOf([1], null) } } }));
  t('null proto map depth', () => ({ a: { b: { c: Object.setPrototypeOf(new Map([[1, 2]]), null) } } }));
  t('null proto promise depth', () => ({ a: { b: { c: Object.setPrototypeOf(new Promise(() => {}), null) } } }));
  t('null proto promise', () => Object.setPrototypeOf(new Promise(() => {}), null));
  t('null proto weakmap', () => Object.setPrototypeOf(new WeakMap(), null));
  t('null proto arraybuffer', () => Object.setPrototypeOf(new ArrayBuffer(2), null));
  t('null proto error with props', () => Object.setPrototypeOf(Object.assign(errorStack(new Error('x'), 'Error: x\n    at a (b.js:1:1)'), { x: 1 }), null));
  t('null proto function with props depth', () => ({ a: { b: { c: Object.setPrototypeOf(Object.assign(function f() {}, { x: 1 }), null) } } }));
  t('proto with tag chain', () => Object.create(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' })));
  t('object with null-proto prototype', () => Object.create(Object.create(null)));
  t('object with null-proto prototype props', () => Object.create(Object.assign(Object.create(null), { p: 1 })));
  t('object with anonymous proto chain', () => { function F() {} F.prototype.constructor = undefined; return new F(); });
  t('object constructor without name', () => { const F = (() => function () {})(); Object.defineProperty(F, 'name', { value: '' }); return new F(); });
  t('object create from class proto', () => { class Foo {} return Object.create(Foo.prototype); });
  t('prototype object', () => { class Foo { method() {} } return Foo.prototype; });
  t('Object.prototype', () => Object.prototype);
  t('Array.prototype', () => Array.prototype);
  t('Map.prototype', () => Map.prototype);
  t('Function.prototype', () => Function.prototype);
  t('class instance showHidden getters', () => {
    class Foo { constructor() { this.a = 1; } get b() { return 2; } set c(v) {} get d() { return 3; } set d(v) {} }
    return new Foo();
  }, { showHidden: true });
  t('class instance showHidden nested proto', () => {
    class A { get x() { return 1; } } class B extends A { get y() { return 2; } } class C extends B { get z() { return 3; } }
    return new C();
  }, { showHidden: true });
  t('class instance showHidden colors', () => {
    class Foo { get b() { return 2; } }
    return new Foo();
  }, { showHidden: true, colors: true });
  t('class extends Map showHidden', () => { class M extends Map { get q() { return 1; } } return new M([[1, 2]]); }, { showHidden: true });
  t('object showHidden', () => ({ a: 1 }), { showHidden: true });
  t('object showHidden non-enumerable', () => Object.defineProperty({ a: 1 }, 'hid', { value: 'h', enumerable: false }), { showHidden: true });

  // Getters and setters.
  const getterObj = () => ({
    get a() { return 1; },
    set b(v) {},
    get c() { return 2; }, set c(v) {},
    get d() { return { nested: true }; },
    get e() { return null; },
    get f() { throw new Error('oops'); },
    get g() { return 'str'; }, set g(v) {},
    get h() { return [1, 2]; },
  });
  t('getters default', getterObj);
  t('getters true', getterObj, { getters: true });
  t('getters get', getterObj, { getters: 'get' });
  t('getters set', getterObj, { getters: 'set' });
  t('getters true colors', getterObj, { getters: true, colors: true });
  t('getter on class proto not shown', () => { class A { get x() { return 1; } } return new A(); });
  t('getters nested this', () => ({ val: 5, get double() { return this.val * 2; } }), { getters: true });
  t('setter only', () => Object.defineProperty({}, 'x', { set(v) {}, enumerable: true }));
  t('undefined data prop', () => ({ x: undefined }));

  // Functions and classes.
  tv('function named', function foo() {});
  tv('function anonymous', function () {}); // eslint-disable-line func-names
  tv('arrow', () => {});
  tv('arrow named', (() => { const named = () => {}; return named; })());
  tv('async function', async function af() {});
  tv('async arrow', async () => {});
  tv('generator function', function* gen() {});
  tv('async generator function', async function* agen() {});
  tv('method', { m() {} }.m);
  tv('async method', { async m() {} }.m);
  tv('generator method', { *m() {} }.m);
  tv('getter function', Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get);
  tv('bound function', function foo() {}.bind(null));
  tv('builtin function', Math.max);
  tv('builtin constructor', Map);
  tv('Object ctor', Object);
  tv('Function ctor', Function);
  tv('symbol-named function', { [Symbol('sym')]: function () {} }[Object.getOwnPropertySymbols({ [Symbol('sym')]: 0 })[0]]);
  t('function with props', () => Object.assign(function f() {}, { a: 1, b: 'x' }));
  t('function anonymous with props', () => Object.assign(() => {}, { a: 1 }));
  t('function showHidden', () => function f(a, b) {}, { showHidden: true });
  t('function name changed', () => { const f = function f() {}; Object.defineProperty(f, 'name', { value: 'renamed' }); return f; });
  t('function name non-string', () => { const f = function f() {}; Object.defineProperty(f, 'name', { value: 42 }); return f; });
  t('function null proto', () => Object.setPrototypeOf(function f() {}, null));
  t('function null proto anonymous', () => Object.setPrototypeOf(() => {}, null));
  t('function custom proto', () => { class Base {} const f = function f() {}; Object.setPrototypeOf(f, Base.prototype); return f; });
  t('async function null proto', () => Object.setPrototypeOf(async function af() {}, null));
  t('function toStringTag', () => { const f = function f() {}; f[Symbol.toStringTag] = 'Tagged'; return f; });
  t('function non-enum toStringTag', () => Object.defineProperty(function f() {}, Symbol.toStringTag, { value: 'Tagged' }));
  tv('class', class A {});
  tv('class anonymous', class {});
  tv('class extends', class B extends Map {});
  t('class extends user class', () => { class A {} return class B extends A {}; });
  tv('class extends null', class N extends null {});
  tv('class extends anonymous', class extends (class {}) {});
  t('class with static', () => class S { static x = 1; static y() {} });
  t('class null proto', () => Object.setPrototypeOf(class Q {}, null));
  t('class name prop', () => class { static name = 'Custom'; });
  t('class non-string name', () => class { static name = 5; });
  t('class with comments', () => { const c = class /* comment */ C /* x */ {}; return c; });
  t('class toStringTag', () => class X { static [Symbol.toStringTag] = 'Tg'; });
  t('class extends expression with parens', () => { const mixin = (B) => class extends B {}; return class M extends mixin(Object) {}; });
  t('class depth exceed', () => ({ a: { b: { c: class Deep {} } } }));
  t('function depth exceed props', () => ({ a: { b: { c: Object.assign(function deep() {}, { x: 1 }) } } }));

  // Errors.
  t('error basic', () => new Error('msg'));
  t('error no message', () => new Error());
  t('type error', () => new TypeError('bad type'));
  t('range error', () => new RangeError('out of range'));
  t('error custom stack', () => errorStack(new Error('m'), 'Error: m\n    at foo (/a/b.js:1:2)\n    at bar (/a/c.js:3:4)'));
  t('error no stack', () => errorStack(new Error('nostack'), undefined));
  t('error empty stack', () => errorStack(new Error('nostack'), ''));
  t('error stack non-string', () => errorStack(new Error('x'), 42));
  t('error stack only message', () => errorStack(new Error('only'), 'Error: only'));
  t('error with code', () => Object.assign(new Error('with code'), { code: 'ERR_X' }));
  t('error with code no stack', () => Object.assign(errorStack(new Error('with code'), undefined), { code: 'ERR_X', info: { a: 1 } }));
  t('error with props multi', () => Object.assign(errorStack(new Error('m'), 'Error: m\n    at x (y.js:1:1)'), { a: 1, b: [1, 2] }));
  t('error name changed', () => { const e = new Error('msg'); e.name = 'Custom'; return e; });
  t('error name changed no stack', () => { const e = new Error('msg'); e.name = 'Custom'; e.stack = undefined; return e; });
  t('error name changed ends Error', () => { const e = new Error('msg'); e.name = 'FooError'; return e; });
  t('error name set before stack', () => { class MyErr extends Error {} MyErr.prototype.name = 'MyErr'; return new MyErr('x'); });
  t('error message changed', () => { const e = new Error('original'); e.message = 'changed'; return e; });
  t('error message changed no stack', () => { const e = new Error('original'); e.message = 'changed'; e.stack = undefined; return e; });
  t('error subclass', () => { class MyError extends Error {} return new MyError('sub'); });
  t('error subclass with name', () => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } return new MyError('sub'); });
  t('error subclass name differs', () => { class Foo extends TypeError {} return errorStack(new Foo('x'), 'TypeError: x\n    at z (q.js:1:1)'); });
  t('error subclass no stack', () => { class MyError extends Error {} return errorStack(new MyError('sub'), undefined); });
  t('error null proto', () => Object.setPrototypeOf(errorStack(new Error('np'), 'Error: np\n    at a (b.js:1:1)'), null));
  t('error null proto no stack', () => Object.setPrototypeOf(errorStack(new Error('np'), undefined), null));
  t('error null proto odd stack', () => Object.setPrototypeOf(errorStack(new Error('np'), 'weird stack'), null));
  t('error null proto type', () => Object.setPrototypeOf(errorStack(new TypeError('np'), 'TypeError: np\n    at a (b.js:1:1)'), null));
  t('error object proto', () => Object.setPrototypeOf(new Error('x'), Object.prototype));
  t('error-like object', () => Object.create(Error.prototype));
  t('error-like class', () => { class E2 { constructor() { this.message = 'm'; } } Object.setPrototypeOf(E2.prototype, Error.prototype); return new E2(); });
  t('error cause', () => new Error('outer', { cause: new Error('inner') }));
  t('error cause primitive', () => new Error('outer', { cause: 'just a string' }));
  t('error cause undefined', () => new Error('outer', { cause: undefined }));
  t('error cause object', () => errorStack(new Error('outer', { cause: { code: 1 } }), 'Error: outer\n    at q (w.js:1:1)'));
  t('error cause nested', () => new Error('a', { cause: new Error('b', { cause: new Error('c') }) }));
  t('error cause shared frames', () => {
    const mk = (m, extra, cause) => errorStack(new Error(m, cause ? { cause } : undefined),
      `Error: ${m}\n${extra}    at f1 (a.js:1:1)\n    at f2 (a.js:2:1)\n    at f3 (a.js:3:1)\n    at f4 (a.js:4:1)\n    at f5 (a.js:5:1)`);
    return mk('outer', '    at top (a.js:0:1)\n', mk('inner', '    at other (b.js:0:1)\n'));
  });
  t('error cause inherited', () => { const e = errorStack(new Error('x'), 'Error: x'); Object.setPrototypeOf(e, Object.assign(Object.create(Error.prototype), { cause: 1 })); return e; });
  t('error cause own enumerable', () => Object.assign(errorStack(new Error('x'), 'Error: x'), { cause: 'enum' }));
  t('aggregate error', () => new AggregateError([new Error('e1'), new TypeError('e2')], 'agg'));
  t('aggregate error no stacks', () => errorStack(new AggregateError([errorStack(new Error('e1'), undefined)], 'agg'), undefined));
  t('error in array', () => [new Error('in array')]);
  t('error in object nested', () => ({ a: { b: new Error('deep') } }));
  t('error nested beyond depth', () => ({ a: { b: { c: { d: new Error('deeper') } } } }));
  t('error showHidden', () => errorStack(new Error('hidden'), 'Error: hidden\n    at a (b.js:1:1)'), { showHidden: true });
  t('error message with newline', () => new Error('line1\nline2'));
  t('error message contains at', () => errorStack(new Error('x\n    at fake'), 'Error: x\n    at fake\n    at real (r.js:1:1)'));
  t('error name undefined', () => { const e = errorStack(new Error('x'), undefined); e.name = undefined; return e; });
  t('error name null', () => { const e = errorStack(new Error('x'), 'Error: x\n    at a (b.js:1:1)'); e.name = null; return e; });
  t('error toStringTag', () => { const e = errorStack(new Error('x'), 'Error: x\n    at a (b.js:1:1)'); e[Symbol.toStringTag] = 'Tg'; return e; });
  t('error non-enumerable toStringTag', () => Object.defineProperty(errorStack(new Error('x'), 'Error: x\n    at a (b.js:1:1)'), Symbol.toStringTag, { value: 'Tg' }));
  t('error colors core frames', () => errorStack(new Error('c'), `Error: c\n    at foo (${process.cwd()}/x.js:1:1)\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\n    at bar (/x/node_modules/pkg/index.js:1:1)\n    at node:internal/main/run_main_module:28:49\n    at baz (file://${process.cwd()}/y.mjs:2:2)`), { colors: true });
  t('error stack indentation', () => [{ e: errorStack(new Error('x'), 'Error: x\n    at a (b.js:1:1)') }]);
  t('error with message own prop', () => { const e = errorStack(new Error('x'), 'Error: x\n    at a (b.js:1:1)'); Object.defineProperty(e, 'message', { enumerable: true, value: 'x' }); return e; });
  t('error with stack own enumerable', () => { const e = new Error('x'); Object.defineProperty(e, 'stack', { enumerable: true, value: 'Error: x\n    at a (b.js:1:1)' }); return e; });
  t('error with name enumerable different', () => { const e = errorStack(new Error('x'), 'Error: x\n    at a (b.js:1:1)'); e.name = 'Other'; return e; });
  t('DOMException-like name', () => { class AbortError extends Error { constructor() { super('aborted'); this.name = 'AbortError'; } } return new AbortError(); });
  t('error depth 0', () => ({ e: errorStack(Object.assign(new Error('x'), { a: { b: 1 } }), 'Error: x') }), { depth: 0 });

  // Typed arrays, buffers, DataView.
  tv('uint8array', new Uint8Array([1, 2, 3]));
  tv('uint8array empty', new Uint8Array(0));
  tv('int8array negative', new Int8Array([-1, -128, 127]));
  tv('float32array', new Float32Array([1.5, -0, NaN]));
  tv('float64array', new Float64Array([0.1, 1e21]));
  tv('bigint64array', new BigInt64Array([1n, -2n]));
  tv('biguint64array', new BigUint64Array([1n, 2n ** 64n - 1n]));
  tv('uint8clampedarray', new Uint8ClampedArray([300, -5]));
  tv('int16 uint16 int32 uint32', [new Int16Array([1]), new Uint16Array([2]), new Int32Array([3]), new Uint32Array([4])]);
  tv('uint8array 30', new Uint8Array(30).map((_, i) => i * 9));
  tv('uint8array 200', new Uint8Array(200));
  tv('uint8array maxArrayLength', new Uint8Array(10), { maxArrayLength: 3 });
  t('uint8array showHidden', () => new Uint8Array([1, 2]), { showHidden: true });
  t('uint8array showHidden empty', () => new Uint8Array(0), { showHidden: true });
  t('uint8array extra props', () => Object.assign(new Uint8Array(2), { foo: 1 }));
  t('uint8array subclass', () => { class MyU8 extends Uint8Array {} return new MyU8(3); });
  t('uint8array null proto', () => Object.setPrototypeOf(new Uint8Array([1, 2]), null));
  t('uint8array offset view', () => new Uint8Array(new ArrayBuffer(8), 2, 3));
  t('buffer-like subarray', () => new Uint16Array([1, 2, 3, 4]).subarray(1, 3));
  tv('typed array depth exceed', { a: { b: { c: new Uint8Array(2) } } });
  tv('arraybuffer', new Uint8Array([1, 2, 255, 16]).buffer);
  tv('arraybuffer empty', new ArrayBuffer(0));
  tv('arraybuffer big', new ArrayBuffer(120));
  tv('arraybuffer maxArrayLength', new ArrayBuffer(10), { maxArrayLength: 4 });
  tv('arraybuffer maxArrayLength 9', new ArrayBuffer(10), { maxArrayLength: 9 });
  t('arraybuffer extra props', () => Object.assign(new ArrayBuffer(2), { x: 1 }));
  t('arraybuffer detached', () => { const ab = new ArrayBuffer(4); structuredClone(ab, { transfer: [ab] }); return ab; });
  t('arraybuffer showHidden', () => new ArrayBuffer(2), { showHidden: true });
  tv('arraybuffer depth exceed', { a: { b: { c: new ArrayBuffer(2) } } });
  tv('sharedarraybuffer', new SharedArrayBuffer(3));
  tv('dataview', new DataView(new ArrayBuffer(4), 1, 2));
  t('dataview extra props', () => Object.assign(new DataView(new ArrayBuffer(1)), { y: 2 }));
  tv('dataview depth', { a: { b: new DataView(new ArrayBuffer(2)) } });
  t('dataview showHidden', () => new DataView(new ArrayBuffer(2)), { showHidden: true });

  // Dates, RegExps, boxed primitives.
  tv('date', new Date(0));
  tv('date recent', new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789)));
  tv('date invalid', new Date(NaN));
  tv('date negative year', new Date(Date.UTC(-100, 0, 1)));
  tv('date far future', new Date(8.64e15));
  t('date with props', () => Object.assign(new Date(0), { foo: 'bar' }));
  t('date invalid with props', () => Object.assign(new Date(NaN), { foo: 'bar' }));
  t('date subclass', () => { class MyDate extends Date {} return new MyDate(0); });
  t('date subclass with props', () => { class MyDate extends Date {} return Object.assign(new MyDate(0), { a: 1 }); });
  t('date null proto', () => Object.setPrototypeOf(new Date(0), null));
  t('date toStringTag', () => Object.assign(new Date(0), { [Symbol.toStringTag]: 'D' }));
  tv('date depth exceed props', { a: { b: { c: Object.assign(new Date(0), { x: 1 }) } } });
  tv('regexp', /ab+c/gi);
  tv('regexp escapes', /\/[a-z]\n/u);
  tv('regexp from string', new RegExp('a/b'));
  tv('regexp empty', new RegExp(''));
  tv('regexp flags', /x/dgimsuy);
  t('regexp with props', () => Object.assign(/x/, { foo: 'bar' }));
  t('regexp subclass', () => { class MyRe extends RegExp {} return new MyRe('a', 'g'); });
  t('regexp null proto', () => Object.setPrototypeOf(/abc/g, null));
  t('regexp depth exceed props', () => ({ a: { b: { c: Object.assign(/x/, { y: 1 }) } } }));
  t('regexp lastIndex', () => { const r = /a/g; r.lastIndex = 3; return r; });
  t('regexp showHidden', () => /a/g, { showHidden: true });
  tv('boxed number', Object(3));
  tv('boxed negative zero', Object(-0));
  tv('boxed string', Object('ab'));
  tv('boxed string quotes', Object("it's"));
  tv('boxed string empty', Object(''));
  tv('boxed boolean', Object(true));
  tv('boxed bigint', Object(3n));
  tv('boxed symbol', Object(Symbol('s')));
  t('boxed string with props', () => Object.assign(Object('ab'), { x: 1 }));
  t('boxed number with props', () => Object.assign(Object(5), { x: 1 }));
  t('boxed string showHidden', () => Object('ab'), { showHidden: true });
  t('boxed number subclass', () => { class N extends Number {} return new N(5); });
  t('boxed null proto', () => Object.setPrototypeOf(Object(5), null));
  t('boxed string null proto', () => Object.setPrototypeOf(Object('xy'), null));
  t('boxed toStringTag', () => Object.assign(Object(5), { [Symbol.toStringTag]: 'Num' }));
  t('boxed colors', () => [Object(1), Object('s'), Object(true), Object(2n), Object(Symbol('q'))], { colors: true });
  t('boxed colors with props', () => Object.assign(Object(1), { a: 1 }), { colors: true });

  // Promises.
  t('promise resolved', () => Promise.resolve(1));
  t('promise resolved object', () => Promise.resolve({ a: [1, 2] }));
  t('promise pending', () => new Promise(() => {}));
  t('promise rejected', () => { const p = Promise.reject(errorStack(new Error('boom'), 'Error: boom\n    at x (y.js:1:1)')); p.catch(() => {}); return p; });
  t('promise rejected primitive', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
  t('promise resolved undefined', () => Promise.resolve());
  t('promise with props', () => Object.assign(Promise.resolve(2), { x: 1 }));
  t('promise subclass', () => { class P extends Promise {} return P.resolve(1); });
  t('promise nested', () => ({ a: { b: Promise.resolve({ c: { d: 1 } }) } }));
  t('promise depth exceed', () => ({ a: { b: { c: Promise.resolve(1) } } }));
  t('promise colors', () => [Promise.resolve(1), new Promise(() => {})], { colors: true });
  t('promise rejected colors', () => { const p = Promise.reject(5); p.catch(() => {}); return p; }, { colors: true });

  // Proxies.
  t('proxy object', () => new Proxy({ a: 1 }, {}));
  t('proxy object showProxy', () => new Proxy({ a: 1 }, { get() { return 5; } }), { showProxy: true });
  t('proxy array', () => new Proxy([1, 2, 3], {}));
  t('proxy function', () => new Proxy(function pf() {}, {}));
  t('proxy function showProxy', () => new Proxy(function pf() {}, {}), { showProxy: true });
  t('proxy traps not triggered', () => new Proxy({ a: 1 }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }));
  t('proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
  t('proxy revoked showProxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }, { showProxy: true });
  t('proxy of proxy', () => new Proxy(new Proxy({ inner: 1 }, {}), {}));
  t('proxy of proxy showProxy', () => new Proxy(new Proxy({ inner: 1 }, {}), {}), { showProxy: true });
  t('proxy showProxy depth', () => ({ a: { b: { c: new Proxy({}, {}) } } }), { showProxy: true });
  t('proxy in object', () => ({ p: new Proxy(new Map([[1, 2]]), {}) }));
  t('proxy of class instance', () => { class Foo { constructor() { this.x = 1; } } return new Proxy(new Foo(), {}); });
  t('proxy with custom inspect', () => new Proxy({ [util.inspect.custom]() { return 'CUSTOM'; } }, {}));
  t('proxy with custom inspect this', () => {
    const target = { [util.inspect.custom]() { return `isProxy:${util.types.isProxy(this)}`; } };
    return new Proxy(target, {});
  });

  // arguments, globals, namespace objects.
  t('arguments', () => (function () { return arguments; })(1, 'two', { three: 3 })); // eslint-disable-line prefer-rest-params
  t('arguments empty', () => (function () { return arguments; })()); // eslint-disable-line prefer-rest-params
  t('arguments many', () => (function () { return arguments; })(...Array.from({ length: 10 }, (_, i) => i))); // eslint-disable-line prefer-rest-params
  t('arguments showHidden', () => (function () { return arguments; })(1), { showHidden: true }); // eslint-disable-line prefer-rest-params
  t('Math', () => Math);
  t('JSON', () => JSON);
  t('Reflect', () => Reflect);
  t('Atomics', () => Atomics);
  t('Intl', () => Intl);
  t('globalThis depth 0', () => globalThis, { depth: 0 });
  t('module namespace', () => namespaceObject);
  t('module namespace showHidden', () => namespaceObject, { showHidden: true });
  t('module namespace nested', () => ({ ns: namespaceObject }));
  t('module namespace empty', () => emptyNamespace);

  // inspect.custom.
  t('custom returns string', () => ({ [util.inspect.custom]() { return 'custom!'; } }));
  t('custom returns multi-line string nested', () => ({ a: { [util.inspect.custom]() { return 'line1\nline2'; } } }));
  t('custom returns object', () => ({ [util.inspect.custom]() { return { replaced: [1, 2] }; } }));
  t('custom returns this', () => ({ a: 1, [util.inspect.custom]() { return this; } }));
  t('custom returns number', () => ({ [util.inspect.custom]() { return 42; } }));
  t('custom args', () => ({
    [util.inspect.custom](depth, options, inspect) {
      return `depth=${depth} keys=${Object.keys(options).join(',')} colors=${options.colors} fn=${typeof inspect} stylize=${typeof options.stylize}`;
    },
  }));
  t('custom args nested depth', () => ({ a: { b: { [util.inspect.custom](depth) { return `d${depth}`; } } } }));
  t('custom args depth null', () => ({ a: { [util.inspect.custom](depth) { return `d${depth}`; } } }), { depth: null });
  t('custom user options passed', () => ({ [util.inspect.custom](d, options) { return `${options.userOption} ${options.depth}`; } }), { userOption: 'yes', depth: 4 });
  t('custom uses inspect arg', (inspect) => ({ [util.inspect.custom](d, o, insp) { return `<${insp({ x: [1, 2] }, o)}>`; } }));
  t('custom stylize', () => ({ [util.inspect.custom](d, o) { return o.stylize('styled', 'special'); } }), { colors: true });
  t('custom null proto receiver', () => Object.assign(Object.create(null), {
    [util.inspect.custom](d, o) { return `proto:${Object.getPrototypeOf(o)} keys:${Object.keys(o).join(',')}`; },
  }));
  t('custom on class', () => { class Money { constructor(v) { this.v = v; } [util.inspect.custom]() { return `$${this.v}`; } } return [new Money(5), new Money(7)]; });
  t('custom on prototype skipped', () => { class Money { [util.inspect.custom]() { return 'money'; } } return Money.prototype; });
  t('custom customInspect false', () => ({ a: 1, [util.inspect.custom]() { return 'no'; } }), { customInspect: false });
  t('custom non-function', () => ({ [util.inspect.custom]: 'not a function' }));
  t('custom inspect equals util.inspect', (inspect) => ({ a: 1, [util.inspect.custom]: inspect }));
  t('custom on function', () => Object.assign(function f() {}, { [util.inspect.custom]() { return 'fn!'; } }));
  t('custom in array indentation', () => [{ [util.inspect.custom]() { return 'a\nb'; } }]);
  t('custom returns object with custom', () => ({ [util.inspect.custom]() { return { [util.inspect.custom]() { return 'inner'; } }; } }));

  // Symbols as keys, sorted, misc options.
  t('sorted object', () => ({ c: 1, a: 2, b: 3, [Symbol('z')]: 4 }), { sorted: true });
  t('sorted custom comparator', () => ({ c: 1, a: 2, b: 3 }), { sorted: (a, b) => b.localeCompare(a) });
  t('sorted nested', () => ({ z: { y: 1, x: 2 }, a: [3, 2, 1] }), { sorted: true });
  tv('legacy args showHidden', [1], [true]);
  tv('legacy args depth', { a: { b: { c: { d: 1 } } } }, [false, 0]);
  tv('legacy args depth undefined colors', { a: 1 }, [false, undefined, true]);
  tv('legacy args null depth', { a: { b: { c: { d: 1 } } } }, [false, null]);
  tv('options undefined', { a: 1 }, [undefined]);
  tv('legacy undefined opts with depth', { a: { b: { c: 1 } } }, [undefined, 0]);
  tv('legacy undefined opts with colors', { a: 1 }, [undefined, undefined, true]);
  tv('legacy options object with depth arg', { a: { b: { c: { d: 1 } } } }, [{ depth: 3 }, 0]);
  t('globalThis', () => globalThis);
  t('globalThis showHidden depth 0', () => globalThis, { showHidden: true, depth: 0 });
  t('process.versions', () => process.versions);
  t('util module', () => util);
  t('Buffer', () => Buffer.from('hello'));
  tv('options null', { a: 1 }, [null]);
  tv('options unknown keys', { a: 1 }, { foo: 'bar' });

  // Colors.
  const colorSample = {
    n: 1, s: 'str', b: true, u: undefined, nl: null, sym: Symbol('s'), big: 1n, d: new Date(0), r: /re/g,
    f() {}, arr: [1, 'a'], m: new Map([['k', 'v']]), holes: [, 1], e: errorStack(new Error('x'), 'Error: x'), // eslint-disable-line no-sparse-arrays
    [Symbol('key')]: 1, 'quoted-key': 2, circ: null,
  };
  colorSample.circ = colorSample;
  tv('colors sample', colorSample, { colors: true });
  tv('colors array grouping', Array.from({ length: 30 }, (_, i) => i * 11), { colors: true });
  tv('colors string array grouping', Array.from({ length: 30 }, (_, i) => `s${i}`), { colors: true });
  tv('colors depth exceed', { a: { b: { c: {} , d: { e: 1 } } } }, { colors: true });
  tv('colors long string', { a: `${'x'.repeat(50)}\n${'y'.repeat(50)}` }, { colors: true });
  tv('colors typed array', new Uint8Array(10), { colors: true });
  tv('colors arraybuffer', new ArrayBuffer(3), { colors: true });
  tv('colors weak', new WeakMap(), { colors: true });
  tv('colors class', class Z {}, { colors: true });
  tv('colors numericSeparator', [1234567, 12345n], { colors: true, numericSeparator: true });
  tv('colors compact true', { a: [1, 2], b: 'x' }, { colors: true, compact: true });
  tv('colors getters', { get a() { return 1; }, get b() { return null; }, get c() { return {}; } }, { colors: true, getters: true });
  tv('colors proxy', new Proxy({}, {}), { colors: true, showProxy: true });

  // Big / stress values.
  tv('big nested', Array.from({ length: 5 }, (_, i) => ({ id: i, name: `item ${i}`, tags: ['a', 'b', 'c'], meta: { created: new Date(i * 1e10), flags: [true, false] } })));
  tv('big object 200 keys', Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i % 3 ? i : `v${i}`])));
  tv('big array of objects', Array.from({ length: 120 }, (_, i) => ({ i })));
  tv('json-like', JSON.parse('{"name":"coil","version":"1.0.0","deps":{"a":"^1.0.0","b":"~2.3.4"},"list":[1,2,3,{"x":null}],"nested":{"deep":{"deeper":{"deepest":true}}}}'));
  tv('matrix', Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => i * j)));
  tv('wide matrix', Array.from({ length: 3 }, (_, i) => Array.from({ length: 30 }, (_, j) => i + j)));
  tv('mixed grouping types', [1, 2, 3, 4, 5, 6, 'seven', 8, 9, 10]);
  tv('grouping with undefined/null', [null, undefined, null, undefined, null, undefined, null, 1]);
  tv('grouping with holes', [1, , 2, , 3, , 4, , 5]); // eslint-disable-line no-sparse-arrays
  tv('grouping 16 columns limit', Array.from({ length: 100 }, () => 1));
  tv('grouping compact 1', Array.from({ length: 30 }, (_, i) => i), { compact: 1 });
  tv('grouping breakLength 200', Array.from({ length: 60 }, (_, i) => i * 1000), { breakLength: 200 });
  tv('grouping more items', Array.from({ length: 150 }, (_, i) => `str${i}`));

  // Assorted corners.
  t('constructor prop non-function', () => ({ constructor: 1, a: 2 }));
  t('constructor prop function not instance', () => { class Foo {} return { constructor: Foo, a: 2 }; });
  t('class with iterator', () => { class Foo { *[Symbol.iterator]() { yield 1; } } return new Foo(); });
  t('class with iterator props', () => { class Foo { constructor() { this.x = 1; } *[Symbol.iterator]() { yield 1; } } return new Foo(); });
  t('accessor both undefined', () => Object.defineProperty({}, 'x', { get: undefined, set: undefined, enumerable: true }));
  t('circular map key', () => { const m = new Map(); m.set(m, 'v'); return { m }; });
  t('custom returns circular', () => { const o = { a: 1 }; o.o = o; return { [util.inspect.custom]() { return o; } }; });
  t('private fields', () => { class P { #secret = 1; visible = 2; } return new P(); });
  t('function name deleted', () => { const f = function named() {}; delete f.name; return f; });
  t('object with tag constructor Object', () => ({ [Symbol.toStringTag]: 'Tag' }));
  t('object with inherited tag Object', () => Object.create(Object.create(Object.prototype, { [Symbol.toStringTag]: { value: 'Inh' } })));
  t('depth -1', () => ({ a: 1 }), { depth: -1 });
  t('depth -1 array', () => [1, 2], { depth: -1 });
  t('depth -1 primitive', () => 'str', { depth: -1 });
  t('depth -1 empty', () => ({}), { depth: -1 });
  t('array empty with extras showHidden', () => Object.assign([], { a: 1 }), { showHidden: true });
  t('string exactly 16', () => ({ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 'abcdefghijklmno\n' }));
  t('string 17 with newline nested deep', () => ({ a: { b: { c: 'abcdefghijklmnop\nq' } } }), { breakLength: 20 });
  t('error cause circular', () => { const e = errorStack(new Error('c'), 'Error: c\n    at a (b.js:1:1)'); e.cause = e; return e; });
  t('error as map key', () => new Map([[errorStack(new Error('k'), 'Error: k\n    at a (b.js:1:1)'), 1]]));
  t('proxy of class', () => new Proxy(class Pc {}, {}));
  t('weakref', () => new WeakRef({}));
  t('finalization registry', () => new FinalizationRegistry(() => {}));
  t('intl number format', () => new Intl.NumberFormat('en'));
  t('generator object with props', () => Object.assign((function* g() {})(), { x: 1 }));
  t('object many symbols', () => ({ [Symbol('a')]: 1, [Symbol('b')]: { c: [1, 2] }, [Symbol()]: 3 }));
  t('nested empty structures', () => ({ a: [], b: {}, c: new Map(), d: new Set(), e: [[]], f: [{}] }));
  t('array of empty arrays grouped', () => Array.from({ length: 10 }, () => []));
  t('array of functions grouped', () => Array.from({ length: 10 }, (_, i) => ({ [`f${i}`]() {} })[`f${i}`]));
  t('array of short strings 6 exactly', () => ['a', 'b', 'c', 'd', 'e', 'f']);
  t('array of 7 short with long', () => ['a', 'b', 'c', 'd', 'e', 'f', 'x'.repeat(16)]);
  t('grouping total length ratio', () => ['x'.repeat(10), 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  t('grouping with objects', () => Array.from({ length: 12 }, (_, i) => ({ i })));
  t('grouping with nested arrays', () => Array.from({ length: 12 }, (_, i) => [i]));
  t('set of 30 strings', () => new Set(Array.from({ length: 30 }, (_, i) => `v${i}`)));
  t('object value breaking', () => ({ a: 'x'.repeat(74) }));
  t('object value breaking 2', () => ({ a: 'x'.repeat(73) }));
  t('object value breaking 3', () => ({ ab: 'x'.repeat(60), c: 1 }));
  t('indentation of nested multi-line', () => ({ level1: { level2: { arr: Array.from({ length: 8 }, (_, i) => 'item'.repeat(i)) } } }));
  t('stylize option', () => ({ a: 1, b: 'x' }), { stylize: (s, style) => `<${style}:${s}>` });
  t('colors false explicitly', () => ({ a: 1 }), { colors: false });
  t('colors with sorted', () => ({ b: 'x', a: 1 }), { colors: true, sorted: true });
  t('compact 3 nested levels exact', () => ({ a: { b: { c: { d: {} } } } }), { depth: 10 });
  t('compact currentDepth', () => ({ a: { b: 1 }, c: { d: { e: { f: 1 } } }, g: 1 }), { depth: 10 });
  t('long keys break', () => ({ ['k'.repeat(40)]: 1, ['j'.repeat(40)]: 2 }));
  t('typed array colors showHidden', () => new Uint8Array(2), { colors: true, showHidden: true });
  t('map of maps colors', () => new Map([[new Map([[1, 2]]), new Set([1])]]), { colors: true });
  t('unicode keys', () => ({ ключ: 1, 中文: 2, 'é': 3 }));
  t('key with escapes', () => ({ 'a\nb': 1, "it's": 2, 'back\\slash': 3 }));
  t('symbol key with escapes', () => ({ [Symbol('a\nb\'c')]: 1 }));
  t('non-enumerable key with quote', () => Object.defineProperty({}, "it's", { value: 1 }), { showHidden: true });

  t('error message number', () => { const e = errorStack(new Error(), 'Error: 42\n    at a (b.js:1:1)'); e.message = 42; return e; });
  t('error message not in stack', () => { const e = errorStack(new Error('orig'), 'Error: orig\n    at a (b.js:1:1)'); e.message = 'other'; return e; });
  t('error errors not array', () => Object.assign(errorStack(new Error('x'), 'Error: x'), { errors: 'nope' }));
  t('error stack getter throws', () => Object.defineProperty(new Error('x'), 'stack', { get() { throw new Error('no stack'); } }));
  t('object from Array.prototype', () => Object.create(Array.prototype));
  t('typed array subclass tag', () => { class T extends Uint8Array { get [Symbol.toStringTag]() { return 'Tee'; } } return new T(2); });
  t('sparse extras maxArrayLength', () => { const a = [1, , 3]; a.length = 10; a.x = 1; return a; }, { maxArrayLength: 2 }); // eslint-disable-line no-sparse-arrays
  t('sparse compact false', () => [, 'a'], { compact: false }); // eslint-disable-line no-sparse-arrays
  t('map numeric keys nested depth', () => new Map([[1, [[[1]]]], [2, { a: { b: { c: 1 } } }]]));
  t('date invalid colors', () => new Date(NaN), { colors: true });
  t('function name getter', () => { const f = function () {}; Object.defineProperty(f, 'name', { get() { return 'gotten'; } }); return f; });
  t('class static toStringTag and instance', () => { class X { static [Symbol.toStringTag] = 'S'; get [Symbol.toStringTag]() { return 'I'; } } return [X, new X()]; });
  t('long symbol description key', () => ({ [Symbol('x'.repeat(100))]: 1 }));
  t('object key needing escape quotes', () => ({ 'a\'b"c': 1, 'd\'e': 2 }));
  t('nested arrays over breakLength', () => [[ 'x'.repeat(30), 'y'.repeat(30) ], [ 'z'.repeat(30) ]]);
  t('entries exactly 6 and 7 mixed', () => [[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7]]);
  t('array of 7 long strings', () => Array.from({ length: 7 }, (_, i) => `${i}`.repeat(20)));
  t('array of 27 with one object', () => [...Array.from({ length: 26 }, (_, i) => i), { a: 1 }]);
  tf('format %s multiline string', () => ['%s!', 'a\nb']);
  tf('format %o with Map', () => ['%o', new Map([[1, { a: [1, 2] }]])]);
  tf('format %O with depth', () => ['%O', { a: { b: { c: { d: { e: 1 } } } } }]);
  tf('format %s symbol description', () => ['%s', Symbol('a\nb')]);
  tf('format percent at very end', () => ['100%']);
  tf('format %d with object valueOf', () => ['%d', { valueOf() { return 7; } }]);
  tf('format %i with large', () => ['%i', 1e21]);
  tf('format %f -0', () => ['%f', '-0']);

  // util.format.
  tf('format no args', () => []);
  tf('format string only', () => ['hello']);
  tf('format %s', () => ['a %s b', 'x']);
  tf('format %s number', () => ['%s', 42]);
  tf('format %s -0', () => ['%s', -0]);
  tf('format %s bigint', () => ['%s', 5n]);
  tf('format %s symbol', () => ['%s', Symbol('q')]);
  tf('format %s null undefined', () => ['%s %s', null, undefined]);
  tf('format %s object', () => ['%s', { a: { b: { c: 1 } } }]);
  tf('format %s array', () => ['%s', [1, [2, [3]]]]);
  tf('format %s error', () => ['%s', errorStack(new Error('e'), 'Error: e\n    at x (y.js:1:1)')]);
  tf('format %s error no stack', () => ['%s', errorStack(new Error('e'), undefined)]);
  tf('format %s date', () => ['%s', new Date(0)]);
  tf('format %s own toString', () => ['%s', { toString() { return 'custom'; } }]);
  tf('format %s class toString', () => { class A { toString() { return 'A!'; } } return ['%s', new A()]; });
  tf('format %s class no toString', () => { class A { constructor() { this.x = 1; } } return ['%s', new A()]; });
  tf('format %s toPrimitive', () => ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }]);
  tf('format %s null proto', () => ['%s', Object.create(null)]);
  tf('format %s class toPrimitive', () => { class A { [Symbol.toPrimitive]() { return 'A-prim'; } } return ['%s', new A()]; });
  tf('format %s inherited toPrimitive', () => ['%s', Object.create({ [Symbol.toPrimitive]() { return 'inh'; } })]);
  tf('format %s own builtin toPrimitive', () => ['%s', { [Symbol.toPrimitive]: Date.prototype[Symbol.toPrimitive], a: 1 }]);
  tf('format %s date subclass', () => { class D extends Date {} return ['%s', new D(0)]; });
  tf('format %s date subclass toString', () => { class D extends Date { toString() { return 'zz'; } } return ['%s', new D(0)]; });
  tf('format %s Object.create(Date.prototype)', () => ['%s', Object.create(Date.prototype)]);
  tf('format %s toString not function', () => ['%s', { toString: 5 }]);
  tf('format %s error subclass', () => { class E extends Error {} return ['%s', errorStack(new E('m'), 'Error: m\n    at a (b.js:1:1)')]; });
  tf('format %s URL', () => ['%s', new URL('http://x')]);
  tf('format %s boxed symbol', () => ['%s', Object(Symbol('x'))]);
  tf('format %s function', () => ['%s', function foo() {}]);
  tf('format %s class', () => ['%s', class Foo {}]);
  tf('format %s map', () => ['%s', new Map([[1, 2]])]);
  tf('format %s proxy', () => ['%s', new Proxy({ a: 1 }, {})]);
  tf('format %s boxed', () => ['%s', Object('str')]);
  tf('format %d', () => ['%d', 42.5]);
  tf('format %d string', () => ['%d', '42']);
  tf('format %d bigint', () => ['%d', 42n]);
  tf('format %d symbol', () => ['%d', Symbol('x')]);
  tf('format %d object', () => ['%d', {}]);
  tf('format %d -0', () => ['%d', -0]);
  tf('format %d empty string', () => ['%d', '']);
  tf('format %i', () => ['%i', 42.9]);
  tf('format %i string', () => ['%i', '0x10']);
  tf('format %i bigint', () => ['%i', 7n]);
  tf('format %i symbol', () => ['%i', Symbol('x')]);
  tf('format %i -0.5', () => ['%i', -0.5]);
  tf('format %f', () => ['%f', '3.14abc']);
  tf('format %f symbol', () => ['%f', Symbol('x')]);
  tf('format %f bigint', () => ['%f', 5n]);
  tf('format %j', () => ['%j', { a: [1, 'b'] }]);
  tf('format %j circular', () => { const o = {}; o.o = o; return ['%j', o]; });
  tf('format %j undefined', () => ['%j', undefined]);
  tf('format %j toJSON', () => ['%j', { toJSON() { return 'J'; } }]);
  tf('format %o', () => ['%o', { a: [1, 2], f() {} }]);
  tf('format %o nested', () => ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }]);
  tf('format %o function', () => ['%o', function foo() {}]);
  tf('format %O', () => ['%O', { a: { b: { c: { d: 1 } } } }]);
  tf('format %c', () => ['%cstyled', 'color: red']);
  tf('format %%', () => ['100%% %s', 'sure']);
  tf('format %% alone', () => ['%%']);
  tf('format %% no args', () => ['100%%', 1]);
  tf('format unknown placeholder', () => ['%x %s', 'a']);
  tf('format trailing %', () => ['abc %', 1]);
  tf('format missing args', () => ['%s %s %d', 'only']);
  tf('format extra args', () => ['%s', 'a', 'b', { c: 1 }, 5]);
  tf('format extra args no placeholders', () => ['plain', 1, 'two', [3]]);
  tf('format non-string first', () => [{ a: 1 }, 'b', 3]);
  tf('format number first', () => [42, '%s', 'x']);
  tf('format only objects', () => [{ a: 1 }, [2]]);
  tf('format null first', () => [null, undefined]);
  tf('format string args unquoted', () => ['a', 'b c', "it's"]);
  tf('format adjacent placeholders', () => ['%s%s%d', 'a', 'b', 3]);
  tf('format % at end', () => ['%s%', 'a']);
  tf('format %s with multiline object', () => ['%s', { a: 'x'.repeat(100) }]);
  tf('format %O long', () => ['%O', Array.from({ length: 30 }, (_, i) => i)]);
  tf('format symbol extra arg', () => ['x', Symbol('s')]);
  tf('format error extra arg', () => ['x', errorStack(new Error('q'), 'Error: q\n    at a (b.js:1:1)')]);
  tfo('formatWithOptions colors', () => [{ colors: true }, '%s %O', 'a', { b: 1 }, [2]]);
  tfo('formatWithOptions depth', () => [{ depth: 0 }, { a: { b: 1 } }]);
  tfo('formatWithOptions numericSeparator', () => [{ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567, 1234.5678, 1234567]);
  tfo('formatWithOptions compact', () => [{ compact: false }, '%o', { a: 1 }]);
  tfo('formatWithOptions %s obeys options', () => [{ showHidden: true }, '%s', [1]]);
  tfo('formatWithOptions invalid', () => [1, 'x']);
  tfo('formatWithOptions null', () => [null, 'x']);
  tfo('formatWithOptions array', () => [[], 'x %s', 1]);
}

// Seeded random values and options: layout (breaking, grouping, compact levels)
// on shapes nobody wrote by hand.
function addRandomCases(t, count) {
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const words = ['a', 'bb', 'ccc', 'hello', 'world wide', 'x'.repeat(20), 'y'.repeat(45), 'quote\'s', 'multi\nline',
    '中文', 'emoji😀', 'tab\t', '', 'z'.repeat(90)];
  function value(depth) {
    const r = rand();
    if (depth > 4 || r < 0.35) {
      return pick([
        () => Math.floor(rand() * 1000), () => -Math.floor(rand() * 1e6), () => rand() * 100, () => pick(words),
        () => null, () => undefined, () => true, () => BigInt(Math.floor(rand() * 1e6)), () => Symbol(pick(words)),
        () => -0, () => NaN, () => new Date(Math.floor(rand() * 1e12)),
      ])();
    }
    if (r < 0.55) {
      const n = Math.floor(rand() * (rand() < 0.3 ? 40 : 8));
      const arr = [];
      const kind = rand();
      for (let i = 0; i < n; i++) arr.push(kind < 0.4 ? Math.floor(rand() * 10 ** Math.floor(rand() * 6)) : value(depth + 1));
      if (rand() < 0.1) arr.extra = value(depth + 1);
      return arr;
    }
    if (r < 0.8) {
      const n = Math.floor(rand() * 7);
      const obj = {};
      for (let i = 0; i < n; i++) obj[pick(['a', 'b', 'key', 'longerKeyName', 'with space', `k${i}`, '1', '__x'])] = value(depth + 1);
      return obj;
    }
    if (r < 0.88) {
      const m = new Map();
      const n = Math.floor(rand() * 5);
      for (let i = 0; i < n; i++) m.set(value(depth + 2), value(depth + 1));
      return m;
    }
    if (r < 0.94) {
      const set = new Set();
      const n = Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) set.add(value(depth + 1));
      return set;
    }
    return pick([() => new Uint8Array(Math.floor(rand() * 30)), () => class R {}, () => function fn() {},
      () => Object.assign(Object.create(null), { q: value(depth + 1) }), () => [value(depth + 1), , value(depth + 1)]])(); // eslint-disable-line no-sparse-arrays
  }
  for (let i = 0; i < count; i++) {
    const v = value(0);
    const opts = {};
    if (rand() < 0.3) opts.breakLength = pick([20, 40, 60, 100, 200, Infinity]);
    if (rand() < 0.3) opts.compact = pick([false, true, 1, 2, 5]);
    if (rand() < 0.2) opts.depth = pick([0, 1, 3, null]);
    if (rand() < 0.1) opts.sorted = true;
    if (rand() < 0.15) opts.colors = true;
    if (rand() < 0.1) opts.numericSeparator = true;
    if (rand() < 0.1) opts.maxArrayLength = pick([0, 3, 10]);
    if (rand() < 0.1) opts.maxStringLength = pick([0, 5, 30]);
    t(`random ${i}`, () => v, opts);
  }
}

let namespaceObject;
let emptyNamespace;

function typeSamples() {
  return [
    ['plain object', () => ({})],
    ['array', () => []],
    ['null', () => null],
    ['number', () => 1],
    ['string', () => 'x'],
    ['map', () => new Map()],
    ['set', () => new Set()],
    ['weakmap', () => new WeakMap()],
    ['weakset', () => new WeakSet()],
    ['date', () => new Date()],
    ['regexp', () => /x/],
    ['RegExp.prototype', () => RegExp.prototype],
    ['Date.prototype', () => Date.prototype],
    ['Map.prototype', () => Map.prototype],
    ['promise', () => Promise.resolve()],
    ['thenable', () => ({ then() {} })],
    ['proxy', () => new Proxy({}, {})],
    ['proxy of map', () => new Proxy(new Map(), {})],
    ['map iterator', () => new Map().entries()],
    ['set iterator', () => new Set().values()],
    ['fake map iterator', () => Object.create(Object.getPrototypeOf(new Map().entries()))],
    ['array iterator', () => [].values()],
    ['uint8array', () => new Uint8Array(1)],
    ['float64array', () => new Float64Array(1)],
    ['bigint64array', () => new BigInt64Array(1)],
    ['uint8clampedarray', () => new Uint8ClampedArray(1)],
    ['int16array', () => new Int16Array(1)],
    ['arraybuffer', () => new ArrayBuffer(1)],
    ['sharedarraybuffer', () => new SharedArrayBuffer(1)],
    ['dataview', () => new DataView(new ArrayBuffer(1))],
    ['async function', () => async function () {}],
    ['async arrow', () => async () => {}],
    ['async generator function', () => async function* () {}],
    ['generator function', () => function* () {}],
    ['function', () => function () {}],
    ['generator object', () => (function* () {})()],
    ['async generator object', () => (async function* () {})()],
    ['boxed number', () => Object(1)],
    ['boxed string', () => Object('s')],
    ['boxed boolean', () => Object(false)],
    ['boxed bigint', () => Object(1n)],
    ['boxed symbol', () => Object(Symbol())],
    ['error', () => new Error()],
    ['type error', () => new TypeError()],
    ['error subclass', () => new (class extends Error {})()],
    ['fake error', () => Object.create(Error.prototype)],
    ['error toStringTag object', () => ({ [Symbol.toStringTag]: 'Error' })],
    ['arguments', () => (function () { return arguments; })()], // eslint-disable-line prefer-rest-params
    ['fake arguments', () => ({ [Symbol.toStringTag]: 'Arguments' })],
    ['namespace', () => namespaceObject],
    ['fake namespace', () => Object.seal(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'Module' }))],
  ];
}

main().catch((err) => { console.error(err); process.exit(1); });
