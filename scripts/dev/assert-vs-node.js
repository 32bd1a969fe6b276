'use strict';

// Compares coil's stdlib node:assert (stdlib/assert.js, stdlib/internal/assert/*,
// stdlib/internal/util/comparisons.js) with Node's own on a large table of calls:
// whether each call throws, and the thrown error's name / code / message /
// generatedMessage / operator (and inspect of actual / expected).
//
//   node scripts/dev/assert-vs-node.js            # all cases
//   node scripts/dev/assert-vs-node.js -v         # also print passing cases
//   node scripts/dev/assert-vs-node.js -f NAME    # only cases whose name contains NAME
//
// The stdlib files are loaded with a small shim of the stdlib module format;
// internalBinding('util') maps to Node's internal util binding (hence the re-spawn
// with --expose-internals) and internalBinding('fs').readFileUtf8 to fs.readFileSync.
// Prints mismatches and "N passed, M failed"; exits 1 on any failure.

require('./stdlib-shim').ensureExposeInternals(__filename);

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const nodeAssert = require('assert');
const { internalBinding: nodeInternalBinding } = require('internal/test/binding');
const nodeUtilBinding = nodeInternalBinding('util');

const STDLIB = path.resolve(__dirname, '..', '..', 'stdlib');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const filterIdx = args.indexOf('-f');
const filter = filterIdx !== -1 ? args[filterIdx + 1] : undefined;

// --- stdlib loader shim -----------------------------------------------------

function loadStdlib() {
  const cache = new Map();
  const bindings = {
    util: {
      getPromiseState: (p) => nodeUtilBinding.getPromiseDetails(p),
      getProxyDetails(v) {
        const details = nodeUtilBinding.getProxyDetails(v, true);
        return details === undefined ? undefined : [details[0], details[1]];
      },
      previewEntries(v) {
        const t = util.types;
        if (!t.isMapIterator(v) && !t.isSetIterator(v) && !t.isWeakMap(v) && !t.isWeakSet(v)) return undefined;
        return nodeUtilBinding.previewEntries(v, true);
      },
      getConstructorName: (v) => nodeUtilBinding.getConstructorName(v),
    },
    fs: { readFileUtf8: (p) => fs.readFileSync(p, 'utf8') },
  };
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

const coilReq = loadStdlib();
const coilAssert = coilReq('assert');
const coilStrict = coilReq('assert/strict');
const coilComparisons = coilReq('internal/util/comparisons');

// --- result capture ----------------------------------------------------------

// Stack frames differ between Node's own assert (node:assert) and the shim-loaded one.
function normalizeFrames(value) {
  return typeof value === 'string' ? value.replace(/(\n +at [^\n]*)+/g, '\n    at <frames>') : value;
}

function describeError(e) {
  const out = describeErrorRaw(e);
  for (const key of Object.keys(out)) out[key] = normalizeFrames(out[key]);
  return out;
}

function describeErrorRaw(e) {
  if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return { thrown: util.inspect(e) };
  const out = {
    name: e.name,
    code: e.code,
    message: e.message,
    generatedMessage: e.generatedMessage,
    operator: e.operator,
    ctor: e.constructor && e.constructor.name,
  };
  if (e.code === 'ERR_ASSERTION') {
    out.actual = safeInspect(e.actual);
    out.expected = safeInspect(e.expected);
    out.keys = Object.keys(e).join(',');
    out.toString = String(e);
    out.stackHead = typeof e.stack === 'string' ? e.stack.split('\n')[0] : typeof e.stack;
  }
  return out;
}

function safeInspect(v) {
  try {
    return util.inspect(v, { depth: 1, customInspect: false });
  } catch (err) {
    return `<<inspect threw ${err.message}>>`;
  }
}

function runSync(fn, a) {
  try {
    const r = fn(a);
    if (r && typeof r.then === 'function') return r.then(() => ({ ok: true }), (e) => describeError(e));
    return { ok: true, value: typeof r === 'boolean' || typeof r === 'string' ? r : undefined };
  } catch (e) {
    return describeError(e);
  }
}

// --- test table -------------------------------------------------------------

const cases = [];
// fn(assert) is called once per implementation, so values are made fresh each time.
function t(name, fn) {
  cases.push({ name, fn });
}

require('./assert-vs-node-cases')(t);

// --- deep-equality value matrix ---------------------------------------------

const pairs = require('./assert-vs-node-cases').pairs;
for (const [name, make] of pairs) {
  t(`pair ${name} isDeepEqual`, (a) => {
    const [x, y] = make();
    if (a !== nodeAssert) return coilComparisons.isDeepEqual(x, y);
    try {
      nodeAssert.deepEqual(x, y);
      return true;
    } catch {
      return false;
    }
  });
  // Node's URL objects print through Node's own inspect only: compare the verdicts.
  if (name.startsWith('url')) continue;
  for (const op of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual', 'strictEqual',
    'notStrictEqual', 'equal', 'notEqual']) {
    t(`pair ${name} ${op}`, (a) => { const [x, y] = make(); a[op](x, y); });
    t(`pair ${name} ${op} reversed`, (a) => { const [x, y] = make(); a[op](y, x); });
  }
  t(`pair ${name} isDeepStrictEqual`, (a) => {
    const [x, y] = make();
    return a === nodeAssert ? util.isDeepStrictEqual(x, y) : coilComparisons.isDeepStrictEqual(x, y);
  });
}

// --- random cyclic graphs (cycle handling) ----------------------------------

// Nodes with keys `a` / `b` pointing at other nodes or holding small numbers.
function randomGraph(r, n) {
  const nodes = Array.from({ length: n }, () => ({}));
  for (const node of nodes) {
    for (const key of ['a', 'b']) {
      const k = r();
      if (k < 0.6) node[key] = nodes[Math.floor(r() * n)];
      else if (k < 0.8) node[key] = Math.floor(r() * 2);
    }
  }
  return nodes[0];
}

for (let i = 0; i < 300; i++) {
  t(`graph ${i}`, (a) => {
    const r = rng(i * 104729 + 3);
    const x = randomGraph(r, 1 + Math.floor(r() * 4));
    const y = randomGraph(r, 1 + Math.floor(r() * 4));
    const strict = a === nodeAssert ? util.isDeepStrictEqual(x, y) : coilComparisons.isDeepStrictEqual(x, y);
    let loose;
    if (a === nodeAssert) {
      try {
        nodeAssert.deepEqual(x, y);
        loose = true;
      } catch {
        loose = false;
      }
    } else {
      loose = coilComparisons.isDeepEqual(x, y);
    }
    return `${strict} ${loose}`;
  });
}

// --- random structures (diff layout) ----------------------------------------

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomValue(r, depth) {
  const k = Math.floor(r() * (depth > 3 ? 6 : 10));
  switch (k) {
    case 0: return Math.floor(r() * 20) - 5;
    case 1: return ['a', 'bb', 'hello world', '', 'x'.repeat(Math.floor(r() * 90))][Math.floor(r() * 5)];
    case 2: return [true, false, null, undefined, NaN, -0][Math.floor(r() * 6)];
    case 3: return `${Math.floor(r() * 3)}`;
    case 4: return Math.floor(r() * 3);
    case 5: return r() < 0.5 ? 1n : Symbol.for('s');
    case 6: {
      const n = Math.floor(r() * 12);
      const arr = [];
      for (let i = 0; i < n; i++) arr.push(randomValue(r, depth + 1));
      return arr;
    }
    case 7: {
      const n = Math.floor(r() * 8);
      const obj = {};
      for (let i = 0; i < n; i++) obj[`k${Math.floor(r() * 10)}`] = randomValue(r, depth + 1);
      return obj;
    }
    case 8: {
      const n = Math.floor(r() * 4);
      const m = new Map();
      for (let i = 0; i < n; i++) m.set(randomValue(r, depth + 2), randomValue(r, depth + 1));
      return m;
    }
    default: {
      const n = Math.floor(r() * 5);
      const s = new Set();
      for (let i = 0; i < n; i++) s.add(randomValue(r, depth + 1));
      return s;
    }
  }
}

// A copy of `v` with a few random changes.
function mutate(v, r, depth = 0) {
  if (r() < 0.15) return randomValue(r, depth);
  if (Array.isArray(v)) {
    const out = v.map((x) => (r() < 0.3 ? mutate(x, r, depth + 1) : x));
    if (r() < 0.2) out.push(randomValue(r, depth + 1));
    if (r() < 0.2 && out.length) out.splice(Math.floor(r() * out.length), 1);
    return out;
  }
  if (v instanceof Map) {
    const out = new Map();
    for (const [k, x] of v) out.set(k, r() < 0.3 ? mutate(x, r, depth + 1) : x);
    if (r() < 0.2) out.set(randomValue(r, depth + 2), 1);
    return out;
  }
  if (v instanceof Set) {
    const out = new Set(v);
    if (r() < 0.3) out.add(randomValue(r, depth + 1));
    return out;
  }
  if (v !== null && typeof v === 'object') {
    const out = {};
    for (const key of Object.keys(v)) {
      if (r() < 0.1) continue;
      out[key] = r() < 0.3 ? mutate(v[key], r, depth + 1) : v[key];
    }
    if (r() < 0.2) out[`n${Math.floor(r() * 5)}`] = randomValue(r, depth + 1);
    return out;
  }
  return r() < 0.5 ? v : randomValue(r, depth);
}

function bigValue(r, n) {
  const arr = [];
  for (let i = 0; i < n; i++) arr.push(r() < 0.5 ? i : { id: i, name: `item${i}`, tags: ['a', 'b'] });
  return arr;
}

for (let i = 0; i < 500; i++) {
  for (const op of ['deepStrictEqual', 'deepEqual', 'notDeepStrictEqual', 'notDeepEqual', 'strictEqual']) {
    t(`random ${i} ${op}`, (a) => {
      const r = rng(i * 7919 + 17);
      const x = i % 10 === 0 ? bigValue(r, 10 + Math.floor(r() * 60)) : randomValue(r, 0);
      const y = r() < 0.15 ? x : mutate(x, r);
      a[op](x, y);
    });
  }
}

// --- run --------------------------------------------------------------------

async function main() {
  let passed = 0;
  let failed = 0;
  for (const c of cases) {
    if (filter && !c.name.includes(filter)) continue;
    const isStrict = c.name.startsWith('strict ');
    // Both runs go through the same call site (and both after an await) so error stacks are equal.
    const results = [];
    for (const impl of isStrict ? [nodeAssert.strict, coilStrict] : [nodeAssert, coilAssert]) {
      await null;
      results.push(await runSync(c.fn, impl));
    }
    const [expected, actual] = results;
    const e = JSON.stringify(expected);
    const a = JSON.stringify(actual);
    if (c.name.startsWith('graph ') && expected.name === 'RangeError') {
      // Node overflows the stack on some cyclic graphs; coil's cycle handling terminates.
      if (verbose) console.log(`skip ${c.name}: node overflows`);
      continue;
    }
    if (e === a) {
      passed++;
      if (verbose) console.log(`ok   ${c.name}: ${e}`);
    } else {
      failed++;
      console.log(`FAIL ${c.name}`);
      for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
        if (JSON.stringify(expected[key]) !== JSON.stringify(actual[key])) {
          console.log(`  ${key}:`);
          console.log(`    expected: ${JSON.stringify(expected[key])}`);
          console.log(`    actual:   ${JSON.stringify(actual[key])}`);
        }
      }
    }
  }

  // assert.ok(falsy) source messages: files that call the implementation under test.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-assert-'));
  const sources = require('./assert-vs-node-cases').okSources;
  for (let i = 0; i < sources.length; i++) {
    const name = `ok source ${i}: ${JSON.stringify(sources[i]).slice(0, 60)}`;
    if (filter && !name.includes(filter)) continue;
    const file = path.join(dir, `ok${i}.js`);
    fs.writeFileSync(file, `module.exports = (assert) => {\n${sources[i]}\n};\n`);
    const fn = require(file);
    const [expected, actual] = [nodeAssert, coilAssert].map((impl) => JSON.stringify(runSync(fn, impl)));
    if (expected === actual) {
      passed++;
      if (verbose) console.log(`ok   ${name}`);
    } else {
      failed++;
      console.log(`FAIL ${name}\n  expected: ${expected}\n  actual:   ${actual}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });

  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
