'use strict';
// A tiny shim of coil's stdlib module format on top of node, for the *-vs-node.js harnesses:
// `coilRequire(id)` loads stdlib/<id>.js wrapped as
// (function (exports, require, module, internalBinding) { ... }), with `require` resolving other
// stdlib ids and `internalBinding` giving `bindings[name]` or {}. `overrides` replace stdlib ids
// (e.g. node's util for internal/util/inspect); `fallbacks` stand in for ids coil lacks.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const STDLIB = path.resolve(__dirname, '../../stdlib');

function createStdlib({ bindings = {}, overrides = {}, fallbacks = {} } = {}) {
  const cache = new Map();
  function internalBinding(name) {
    return bindings[name] ?? {};
  }
  function coilRequire(id) {
    if (cache.has(id)) return cache.get(id).exports;
    if (id === 'internal/bootstrap/node') return { isMaterialized: () => true };
    if (Object.prototype.hasOwnProperty.call(overrides, id)) {
      const module = { exports: overrides[id](), id };
      cache.set(id, module);
      return module.exports;
    }
    const file = path.join(STDLIB, `${id}.js`);
    if (!fs.existsSync(file)) {
      if (Object.prototype.hasOwnProperty.call(fallbacks, id)) return fallbacks[id]();
      throw new Error(`coil stdlib module not found: ${id}`);
    }
    const module = { exports: {}, id };
    cache.set(id, module);
    const src = fs.readFileSync(file, 'utf8');
    const fn = vm.runInThisContext(`(function (exports, require, module, internalBinding) {${src}\n})`,
      { filename: file });
    try {
      fn.call(module.exports, module.exports, coilRequire, module, internalBinding);
    } catch (e) {
      cache.delete(id);
      throw e;
    }
    return module.exports;
  }
  return coilRequire;
}

// Harnesses that compare with node's internal bindings need `--expose-internals`: re-run the
// calling script with it (once) and exit with its status. Returns only inside the re-run.
function ensureExposeInternals(filename) {
  if (process.execArgv.includes('--expose-internals')) return;
  const { spawnSync } = require('child_process');
  const result = spawnSync(process.execPath,
    ['--expose-internals', '--no-warnings', filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(result.status === null ? 1 : result.status);
}

module.exports = { createStdlib, STDLIB, ensureExposeInternals };
