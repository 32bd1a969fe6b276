'use strict';
// A tiny shim of coil's stdlib module format on top of node, for the *-vs-node.js harnesses:
// `coilRequire(id)` loads stdlib/<id>.js wrapped as
// (function (exports, require, module, internalBinding) { ... }), with `require` resolving other
// stdlib ids (node's own module for ids coil does not have yet) and `internalBinding` giving {}
// unless an override is passed.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const STDLIB = path.resolve(__dirname, '../../stdlib');

function createStdlib({ bindings = {}, fallbacks = {} } = {}) {
  const cache = new Map();
  function internalBinding(name) {
    return bindings[name] ?? {};
  }
  function coilRequire(id) {
    if (cache.has(id)) return cache.get(id).exports;
    if (id === 'internal/bootstrap/node') return { isMaterialized: () => true };
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

module.exports = { createStdlib, STDLIB };
