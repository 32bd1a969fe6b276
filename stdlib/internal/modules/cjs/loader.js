'use strict';
// CommonJS modules: Node's Module class, require(), require.resolve, require.cache, cycles.
// Resolution runs in Rust (runtime/src/modules/resolve.rs), shared with the ES module loader.

const modulesBinding = internalBinding('modules');
const fsBinding = internalBinding('fs');
const { compileFunction, builtinIds } = modulesBinding;
const ReflectApply = Reflect.apply;
const JSONParse = JSON.parse;

const builtinSet = new Set(builtinIds);

function dirname(path) {
  const index = path.lastIndexOf('/');
  if (index < 0) return '.';
  if (index === 0) return '/';
  return path.slice(0, index);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  if (parent) parent.children.push(this);
  Object.defineProperty(this, 'parent', {
    __proto__: null, value: parent, writable: true, configurable: true, enumerable: false,
  });
}

Module._cache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.builtinModules = builtinIds.slice();
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

Module._nodeModulePaths = function nodeModulePaths(from) {
  const paths = [];
  let dir = from;
  for (;;) {
    if (!dir.endsWith('/node_modules')) {
      paths.push(dir === '/' ? '/node_modules' : `${dir}/node_modules`);
    }
    if (dir === '/' || dir === '') break;
    dir = dirname(dir);
  }
  return paths;
};

function isBuiltin(request) {
  if (request.startsWith('node:')) return builtinSet.has(request.slice(5));
  return builtinSet.has(request);
}
Module.isBuiltin = isBuiltin;

function loadBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (!builtinSet.has(id)) {
    const { ERR_UNKNOWN_BUILTIN_MODULE } = require('internal/errors').codes;
    throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  return require(id);
}

// The MODULE_NOT_FOUND error with Node's message and require stack.
Module._notFound = function notFound(request, requireStack) {
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  return error;
};

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  if (typeof request !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('id', 'string', request);
  }
  const bases = options?.paths ?? [parent?.filename ? dirname(parent.filename) : cwd()];
  let lastError;
  for (const base of bases) {
    try {
      return modulesBinding.resolve(request, base, false);
    } catch (error) {
      if (error.code !== 'MODULE_NOT_FOUND') throw error;
      lastError = error;
    }
  }
  const requireStack = [];
  for (let m = parent; m && (m.filename || m.id); m = m.parent) requireStack.push(m.filename || m.id);
  const error = Module._notFound(request, requireStack);
  if (lastError !== undefined && lastError.message !== `Cannot find module '${request}'`) {
    // A package's "exports" pointed at a file that does not exist: Node names that file.
    error.message = lastError.message + error.message.slice(`Cannot find module '${request}'`.length);
  }
  throw error;
};

function cwd() {
  return internalBinding('process_methods').cwd();
}

// `-r`/`--require`: loads each request before the main module, from a parent that resolves
// from the working directory (Node's `internal/preload`).
Module._preloadModules = function preloadModules(requests) {
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(cwd());
  for (const request of requests) parent.require(request);
};

Module._load = function load(request, parent, isMain) {
  if (parent !== null && (isBuiltin(request) || request.startsWith('node:'))) {
    // As in Node, an entry in require.cache stands in for a built-in required without `node:`.
    const cached = request.startsWith('node:') ? undefined : Module._cache[request];
    if (cached !== undefined) return cached.exports;
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename)) return loadBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    Module._mainModule = module;
    modulesBinding.setMainModule(module);
    if (internalBinding('lazy_globals').isMaterialized('process')) globalThis.process.mainModule = module;
    module.id = '.';
  }
  return loadIntoCache(module, filename);
};

// Caches the module before running it (so cycles see its partial exports), and forgets it if
// loading throws.
function loadIntoCache(module, filename) {
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(dirname(filename));
  const dot = filename.lastIndexOf('.');
  let extension = dot > filename.lastIndexOf('/') ? filename.slice(dot) : '.js';
  if (extension === '.cjs') extension = '.js';
  if (extension === '.mjs') {
    require('internal/modules/cjs/esm_interop').loadEsModule(this, filename);
    return;
  }
  if (Module._extensions[extension] === undefined) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require_(id) {
  if (typeof id !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function compile(content, filename) {
  const wrapper = compileFunction(content, filename);
  const moduleRequire = makeRequire(this);
  return ReflectApply(wrapper, this.exports,
    [this.exports, moduleRequire, this, filename, dirname(filename)]);
};

Module._extensions['.js'] = function loadJs(module, filename) {
  if (filename.endsWith('.js') && modulesBinding.isModuleScope(filename)) {
    require('internal/modules/cjs/esm_interop').loadEsModule(module, filename);
    return;
  }
  module._compile(fsBinding.readFileUtf8(filename), filename);
};
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSONParse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};
Module._extensions['.node'] = function loadNode(module, filename) {
  const { ERR_COIL_NOT_IMPLEMENTED } = require('internal/errors').codes;
  throw new ERR_COIL_NOT_IMPLEMENTED(`Native addons (${filename})`);
};

// The `require` function given to each module.
function makeRequire(module) {
  function require(id) {
    return module.require(id);
  }
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    if (isBuiltin(request)) return null;
    if (request.startsWith('./') || request.startsWith('../')) {
      return [module.filename ? dirname(module.filename) : cwd()];
    }
    return Module._nodeModulePaths(module.filename ? dirname(module.filename) : cwd());
  };
  require.resolve = resolve;
  require.main = Module._mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.Module = Module;
module.exports = { Module, makeRequire, loadIntoCache, dirname };
