'use strict';
// CommonJS <-> ES module interop: require() of an ES module, and an ES module importing a
// CommonJS file (runtime/src/modules/esm.rs calls loadForImport).

const modulesBinding = internalBinding('modules');
const { Module, loadIntoCache } = require('internal/modules/cjs/loader');

// require() of an ES module (Node 20.19+): the namespace, evaluated synchronously. With a default
// export, Node returns a namespace-like object that also says `__esModule: true`.
function loadEsModule(module, filename) {
  const namespace = modulesBinding.requireModule(filename);
  // An ES module can choose what require() returns by exporting the name 'module.exports'.
  if ('module.exports' in namespace) {
    module.exports = namespace['module.exports'];
    return;
  }
  if (!('default' in namespace)) {
    module.exports = namespace;
    return;
  }
  const exports = { __proto__: null };
  const keys = Object.keys(namespace);
  keys.push('__esModule');
  keys.sort();
  for (const key of keys) {
    if (key === '__esModule') {
      Object.defineProperty(exports, key, { __proto__: null, value: true, enumerable: true });
    } else {
      Object.defineProperty(exports, key, {
        __proto__: null, enumerable: true, get: () => namespace[key],
      });
    }
  }
  Object.defineProperty(exports, Symbol.toStringTag, { __proto__: null, value: 'Module' });
  module.exports = Object.preventExtensions(exports);
}

// ES modules importing a CommonJS file (runtime/src/modules/esm.rs).
function loadForImport(filename) {
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  return loadIntoCache(new Module(filename, null), filename);
}

module.exports = { loadEsModule, loadForImport };
