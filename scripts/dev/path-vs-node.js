#!/usr/bin/env node
'use strict';
// Compares coil's stdlib path module (run under node with a tiny shim of the stdlib module format)
// against node's own `path`, both flavours, on hand-written and generated inputs.
//
//   node scripts/dev/path-vs-node.js          # prints mismatches, ends with `N passed, M failed`
//   VERBOSE=1 node scripts/dev/path-vs-node.js
//   SEED=7 COUNT=20000 node scripts/dev/path-vs-node.js

const fs = require('fs');
const nodePath = require('path');
const vm = require('vm');
const util = require('util');

const STDLIB = nodePath.resolve(__dirname, '../../stdlib');

// ------------------------------------------------------------------------------------------------
// The shim: the stdlib module format on top of node. internalBinding('path') is a JS model of
// runtime/src/bindings/path.rs; other bindings are {}.

const bindings = {
  path: {
    // Segments split on '/' (and '\\' when that is the separator); '' and '.' dropped, '..'
    // applied, leading '..' kept when allowAboveRoot.
    normalizeString(path, allowAboveRoot, separator) {
      const kept = [];
      let parents = 0;
      const segments = separator === '\\' ? path.split(/[\\/]/) : path.split('/');
      for (const segment of segments) {
        if (segment === '' || segment === '.') continue;
        if (segment === '..') {
          if (kept.length > 0) kept.pop();
          else if (allowAboveRoot) parents++;
          continue;
        }
        kept.push(segment);
      }
      return [...Array(parents).fill('..'), ...kept].join(separator);
    },
  },
};

const cache = new Map();
function coilRequire(id) {
  if (cache.has(id)) return cache.get(id).exports;
  if (id === 'internal/bootstrap/node') return { isMaterialized: () => true };
  const file = nodePath.join(STDLIB, `${id}.js`);
  if (!fs.existsSync(file)) throw new Error(`coil stdlib module not found: ${id}`);
  const module = { exports: {}, id };
  cache.set(id, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = vm.runInThisContext(`(function (exports, require, module, internalBinding) {${src}\n})`,
    { filename: file });
  try {
    fn.call(module.exports, module.exports, coilRequire, module, (name) => bindings[name] ?? {});
  } catch (e) {
    cache.delete(id);
    throw e;
  }
  return module.exports;
}

// The validators' errors format "Received ..." with the stdlib inspect, which wants native
// bindings; under node, node's own inspect stands in for it.
cache.set('internal/util/inspect', {
  exports: { inspect: util.inspect, format: util.format, formatWithOptions: util.formatWithOptions },
});

const coilPath = coilRequire('path');
const coilPosix = coilRequire('path/posix');
const coilWin32 = coilRequire('path/win32');

// ------------------------------------------------------------------------------------------------
// Reporting

let passed = 0;
let failed = 0;
let shown = 0;
const MAX_SHOWN = Number(process.env.MAX_SHOWN || 200);
const verbose = process.env.VERBOSE === '1';

function run(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: `${e && e.name} [${e && e.code}]: ${e && e.message}` };
  }
}

function show(v) {
  return util.inspect(v, { depth: 4, breakLength: Infinity, maxStringLength: 300 });
}

function same(a, b) {
  if ('error' in a || 'error' in b) return a.error === b.error;
  const x = a.value;
  const y = b.value;
  if (x !== null && typeof x === 'object') {
    return y !== null && typeof y === 'object' &&
      JSON.stringify(Object.keys(x)) === JSON.stringify(Object.keys(y)) &&
      JSON.stringify(x) === JSON.stringify(y) &&
      Object.getPrototypeOf(x) === Object.getPrototypeOf(y);
  }
  return Object.is(x, y);
}

function check(name, coilFn, nodeFn) {
  const a = run(coilFn);
  const b = run(nodeFn);
  if (same(a, b)) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
  } else {
    failed++;
    if (shown++ < MAX_SHOWN) console.log(`FAIL ${name}\n  coil: ${show(a)}\n  node: ${show(b)}`);
  }
}

// Calls `method` of both flavours with the same arguments.
function both(method, args, label) {
  const name = label || `${method}(${args.map((a) => show(a)).join(', ')})`;
  for (const flavour of ['posix', 'win32']) {
    check(`${flavour}.${name}`,
      () => coilPath[flavour][method](...args),
      () => nodePath[flavour][method](...args));
  }
}

// ------------------------------------------------------------------------------------------------
// Shape of the module

function describe(p) {
  const out = {};
  for (const key of Object.keys(p)) {
    const v = p[key];
    const d = Object.getOwnPropertyDescriptor(p, key);
    out[key] = typeof v === 'function' ?
      `fn ${v.name}/${v.length} proto=${'prototype' in v} w=${d.writable} e=${d.enumerable} c=${d.configurable}` :
      typeof v === 'object' ? `object w=${d.writable}` : `${typeof v} ${v} w=${d.writable}`;
  }
  return out;
}

{
  const skip = (o) => { const c = { ...o }; delete c.matchesGlob; return c; };
  check('keys(path)', () => Object.keys(coilPath), () => Object.keys(nodePath).filter((k) => k !== 'matchesGlob'));
  check('shape(posix)', () => describe(coilPath.posix), () => skip(describe(nodePath.posix)));
  check('shape(win32)', () => describe(coilPath.win32), () => skip(describe(nodePath.win32)));
  check('identities', () => [
    coilPath === coilPath.posix, coilPath.posix.posix === coilPath.posix, coilPath.win32.win32 === coilPath.win32,
    coilPath.win32.posix === coilPath.posix, coilPath.posix.win32 === coilPath.win32,
    coilPosix === coilPath.posix, coilWin32 === coilPath.win32,
    coilPath._makeLong === coilPath.toNamespacedPath, coilPath.win32._makeLong === coilPath.win32.toNamespacedPath,
    Object.getPrototypeOf(coilPath) === Object.prototype,
  ], () => [
    nodePath === nodePath.posix, nodePath.posix.posix === nodePath.posix, nodePath.win32.win32 === nodePath.win32,
    nodePath.win32.posix === nodePath.posix, nodePath.posix.win32 === nodePath.win32,
    require('path/posix') === nodePath.posix, require('path/win32') === nodePath.win32,
    nodePath._makeLong === nodePath.toNamespacedPath, nodePath.win32._makeLong === nodePath.win32.toNamespacedPath,
    Object.getPrototypeOf(nodePath) === Object.prototype,
  ]);
  for (const m of ['join', 'resolve', 'normalize', 'basename']) {
    check(`new ${m}`, () => { try { new coilPath[m]('a'); return 'constructed'; } catch (e) { return e.name; } },
      () => { try { new nodePath[m]('a'); return 'constructed'; } catch (e) { return e.name; } });
  }
}

// ------------------------------------------------------------------------------------------------
// Inputs

const hand = [
  '', '.', '..', '...', '/', '//', '///', '\\', '\\\\', '\\\\\\', '/.', '/..', '/...', './', '../', './/', '..//',
  'a', 'a/', 'a//', 'a/b', 'a/b/', 'a//b', 'a/./b', 'a/../b', 'a/b/..', 'a/b/../..', 'a/b/../../..', '../a', '../../a',
  './a', '.a', 'a.', 'a..', '..a', '.a.b', 'a.b.c', '.bashrc', 'file.txt', 'file.tar.gz', '/a/b/file.txt',
  '/foo/bar/baz/asdf/quux.html', '/foo/bar//baz/asdf/quux/..', 'foo/bar/baz/', '/home/user/dir/file.txt',
  '/a/b/c/', '//a', '//a/b', '///a', '/a//b//', 'a\\b', 'a\\b\\', 'a\\\\b', '\\a', '\\a\\b', '\\\\a', '\\\\a\\b',
  '\\\\a\\b\\', '\\\\a\\b\\c', '\\\\a\\b\\c\\..', '\\\\a\\b\\..', '//server/share', '//server/share/', '//server/share/dir/f.txt',
  '\\\\server\\share\\dir\\file.txt', '\\\\server', '\\\\server\\', '//server//share', '///server/share',
  'C:', 'c:', 'C:\\', 'C:/', 'C:\\\\', 'C:.', 'C:..', 'C:a', 'C:\\a', 'C:/a', 'C:a\\b', 'C:\\a\\b\\..', 'C:\\..', 'C:\\..\\..',
  'C:\\Users\\me\\file.txt', 'c:/windows/system32/', 'C:foo.txt', 'd:\\x', 'D:', 'z:/', 'C:\\a\\b.c.d', '1:\\a', '@:\\a',
  '\\\\?\\C:\\a', '\\\\?\\C:\\a\\..', '\\\\?\\C:\\', '\\\\?\\C:', '\\\\?\\UNC\\s\\h\\x', '\\\\.\\pipe\\x', '\\\\.\\C:\\a\\..',
  '\\\\?\\', '\\\\.\\', '\\\\?', '\\\\??\\C:\\a', '//?/C:/a/..', '\\\\?\\\\C:\\a', '\\\\?//C:/a', '\\\\.\\\\\\x\\..',
  'CON', 'CON:', 'con:a', 'CON:\\', 'CON:a\\..', 'COM1:x', 'COM0:x', 'COM10:x', 'LPT9:', 'LPT\u00b9:a', 'COM\u00b2:b',
  'lpt\u00b3:', 'nul:', 'aux:x', 'PRN:\\\\x', 'x/CON:a', 'x\\..\\CON:a', '\\CON:a', 'C:CON:a', 'CONIN$:a', 'con :a',
  'a:b', 'ab:c', 'ab:', 'x\\c:', 'x/../c:d', 'x/../cd:e', '::', 'a::', ':', ':a', 'a:/b', 'ab:/c', 'x/b:/..', 'x:y:z',
  'foo:bar', '\u00e9', '\u00e9/\u00e8.\u00e0', '\ud83d\ude00/\ud83d\ude01.\ud83d\ude02', 'caf\u00e9\\na\u00efve',
  '\u0130stanbul', 'C:\\\u0130\\x', ' ', ' / ', 'a b/c d.e f', '\0', 'a\0b', '\n', 'a\tb/\r',
  '.git', '/.git', '/a/.git/', 'node_modules/.bin/x', '/a/b/c.d/e', 'a.b/c', 'a.b/', '.../...', '/..../a',
];

// A deterministic generator (xorshift), so failures reproduce.
let seed = Number(process.env.SEED || 12345) >>> 0 || 1;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
const tokens = ['a', 'b', 'foo', 'C', 'c', ':', '/', '\\', '.', '..', '...', '.x', 'x.', 'x.js', 'CON', 'con',
  'COM1', 'lpt2', '//', '\\\\', '?', 'UNC', '\u00e9', '\ud83d\ude00', '\u0130', ' ', 'C:', 'd:', 'C:\\', '\\\\?\\',
  '\\\\.\\', '/./', '/../', '\\..\\', 'srv', 'share', '.git', 'Z:/', 'A', 'FOO', 'Foo', 'x\\y', '\u00df'];
function genPath() {
  const n = rnd(9);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(tokens[rnd(tokens.length)]);
  return parts.join('');
}
const COUNT = Number(process.env.COUNT || 4000);
const generated = [];
for (let i = 0; i < COUNT; i++) generated.push(genPath());

const long = [
  'a/'.repeat(5000), '/a'.repeat(5000), `/${'x'.repeat(20000)}`, `${'../'.repeat(2000)}a`,
  `${'a/'.repeat(3000)}${'../'.repeat(2999)}b`, `C:\\${'dir\\'.repeat(3000)}f.txt`, `\\\\s\\h\\${'a\\..\\'.repeat(2000)}`,
  `${'/'.repeat(5000)}a${'/'.repeat(5000)}`, `${'x'.repeat(10000)}.${'y'.repeat(10000)}`, '\u00e9'.repeat(10000), '/a/./b/..//'.repeat(2000),
  `${'\u0130\\'.repeat(5000)}x`, `C:${'x/..\\'.repeat(3000)}`, `${'a:'.repeat(5000)}/`, `${'a/'.repeat(9000)}${'../'.repeat(9001)}`,
];

const all = [...hand, ...generated, ...long];
const suffixes = ['', 'a', 'b', '.js', 'x.js', '.txt', 'file.txt', '/', '\\', 'a/', 'C:', '.', '..', 'xbc', 'ab',
  'a.b', 'foo', 'o', 'CON', 's\\h'];

// ------------------------------------------------------------------------------------------------
// Cases

// On POSIX hosts node drops environment names containing '=' ('=C:'), so the per-drive working
// directories are tested with a stand-in process.env object.
const saveCwd = process.cwd;
const saveEnv = process.env;

function withEnv(cwd, env, fn) {
  if (cwd !== undefined) process.cwd = typeof cwd === 'function' ? cwd : () => cwd;
  process.env = { ...env };
  try {
    fn();
  } finally {
    process.cwd = saveCwd;
    process.env = saveEnv;
  }
}

function singleArgCases(p, others) {
  both('normalize', [p]);
  both('isAbsolute', [p]);
  both('dirname', [p]);
  both('basename', [p]);
  both('extname', [p]);
  both('parse', [p]);
  both('toNamespacedPath', [p]);
  both('resolve', [p]);
  both('join', [p]);
  both('relative', [p, '']);
  both('relative', ['', p]);
  for (const q of others) {
    both('relative', [p, `${p}/${q}`]);
    both('relative', [`${p}\\${q}`, p]);
    both('relative', [p.toUpperCase(), `${p.toLowerCase()}\\${q}`]);
    both('join', [p, q]);
    both('resolve', [p, q]);
    both('relative', [p, q]);
  }
  both('basename', [p, suffixes[rnd(suffixes.length)]]);
  both('basename', [p, p.slice(rnd(p.length + 1))]);
  const parsed = nodePath.posix.parse(p);
  both('format', [parsed], `format(posix.parse(${show(p)}))`);
  const wparsed = nodePath.win32.parse(p);
  both('format', [wparsed], `format(win32.parse(${show(p)}))`);
}

for (const p of hand) {
  singleArgCases(p, [hand[rnd(hand.length)], generated[rnd(generated.length)]]);
  for (const s of suffixes) both('basename', [p, s]);
}
for (const p of generated) singleArgCases(p, [generated[rnd(generated.length)], hand[rnd(hand.length)]]);
for (const p of long) {
  singleArgCases(p, ['a', '/b', 'C:\\x']);
  both('relative', [p, `${p}/x/y`]);
  both('relative', [`${p}/x/y`, p]);
}

// Many-argument join / resolve.
for (let i = 0; i < 600; i++) {
  const n = rnd(7);
  const args = [];
  for (let k = 0; k < n; k++) args.push(rnd(3) === 0 ? hand[rnd(hand.length)] : generated[rnd(generated.length)]);
  both('join', args);
  both('resolve', args);
}
both('join', []);
both('resolve', []);
both('join', new Array(3000).fill('ab'), 'join(3000 x "ab")');
both('resolve', new Array(3000).fill('ab'), 'resolve(3000 x "ab")');

// resolve / relative / toNamespacedPath under other working directories and per-drive cwds.
const cwds = ['/', '/tmp', '/a/b/c', 'C:\\Users\\me', 'c:/x', '\\\\srv\\share\\dir', 'rel/dir', '', 'D:'];
const envs = [{}, { '=C:': 'C:\\cwd\\c' }, { '=C:': 'D:\\other' }, { '=D:': 'd:\\dd', '=C:': 'c:' }, { '=Z:': '/x' },
  { '=C:': 'x' }, { '=C:': 'C:/fwd' }];
const resolveInputs = ['', 'a', '.', '..', 'C:', 'C:a', 'c:..\\x', 'D:', 'D:y', 'd:/', '\\x', '/x', 'Z:', 'z:q',
  '\\\\s\\h', '\\\\s\\h\\a', '//s/h/..', 'C:\\abs', 'x:y'];
for (const cwd of cwds) {
  for (const env of envs) {
    withEnv(cwd, env, () => {
      for (const p of resolveInputs) {
        const tag = ` [cwd ${show(cwd)} env ${show(env)}]`;
        both('resolve', [p], `resolve(${show(p)})${tag}`);
        both('toNamespacedPath', [p], `toNamespacedPath(${show(p)})${tag}`);
        const q = resolveInputs[rnd(resolveInputs.length)];
        both('resolve', [q, p], `resolve(${show(q)}, ${show(p)})${tag}`);
        both('relative', [q, p], `relative(${show(q)}, ${show(p)})${tag}`);
      }
    });
  }
}
withEnv(() => 42, {}, () => {
  both('resolve', ['a'], 'resolve("a") [cwd() -> 42]');
  both('resolve', ['/a'], 'resolve("/a") [cwd() -> 42]');
});

// format().
const formatObjects = [
  {}, { root: '/' }, { dir: '/a' }, { dir: '/a', base: 'b' }, { root: '/', dir: '/', base: 'b' }, { root: '/', base: 'b' },
  { name: 'x', ext: 'js' }, { name: 'x', ext: '.js' }, { name: 'x', ext: '' }, { base: 'b', name: 'x', ext: 'js' },
  { dir: 'C:\\a', name: 'n', ext: '.e' }, { root: 'C:\\', name: 'n' }, { root: 'C:\\', dir: 'C:\\', base: 'f' },
  { dir: 'd', root: 'r', base: 'b' }, { ext: 5 }, { name: 0, ext: 0 }, { base: 0, name: 'n' }, { ext: ['.a'] },
  { dir: 1, base: 2 }, { root: '/', dir: '/x', name: 'n', ext: '..' }, Object.create({ dir: 'inherited', base: 'b' }),
  new Map(),
];
for (const o of formatObjects) both('format', [o]);
// The order in which format() reads the properties.
function accessLog(p, target) {
  const log = [];
  const proxy = new Proxy(target, { get(t, k) { log.push(String(k)); return t[k]; } });
  return [p.format(proxy), log.join(',')];
}
for (const o of [{}, { dir: 'd' }, { root: 'r' }, { base: 'b' }, { name: 'n', ext: 'e' }, { dir: 'd', root: 'd' }]) {
  for (const flavour of ['posix', 'win32']) {
    check(`${flavour}.format access order ${show(o)}`,
      () => accessLog(coilPath[flavour], o), () => accessLog(nodePath[flavour], o));
  }
}
// Detached methods do not need `this`.
check('detached', () => { const { join, resolve, relative, format } = coilPath.win32; return [join('a', 'b'), resolve('/x'), relative('/a', '/b'), format({ dir: 'a', base: 'b' })]; },
  () => { const { join, resolve, relative, format } = nodePath.win32; return [join('a', 'b'), resolve('/x'), relative('/a', '/b'), format({ dir: 'a', base: 'b' })]; });

// Argument errors.
const bad = [undefined, null, 1, 0, true, {}, [], () => {}, Symbol('s'), 10n, new String('s'), NaN];
for (const v of bad) {
  for (const m of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath', 'join',
    'resolve', 'format']) {
    both(m, [v]);
  }
  both('basename', ['a', v]);
  both('basename', [v, v]);
  both('join', ['a', v]);
  both('join', [v, 'a']);
  both('resolve', ['a', v]);
  both('resolve', [v, 'a']);
  both('resolve', [v, '/a']);
  both('resolve', [v, 'C:\\a']);
  both('resolve', ['/a', v, 'b']);
  both('relative', [v, 'a']);
  both('relative', ['a', v]);
  both('relative', [v, v]);
}
both('basename', ['a', undefined]);
both('join', ['a', '', 'b']);

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
