'use strict';
// Entry points used by runtime/src/runtime.rs: find the main file and decide CommonJS or ESM,
// run a CommonJS main, or evaluate `-e` / `-p` / stdin code.

const modulesBinding = internalBinding('modules');
const fsBinding = internalBinding('fs');

// Node resolves the main script like require() from the current directory, extensions included.
function resolveMain(file) {
  const cwd = internalBinding('process_methods').cwd();
  const absolute = file.startsWith('/') ? file : `${cwd}/${file}`;
  let path;
  try {
    path = modulesBinding.resolve(absolute, cwd, false);
  } catch (error) {
    if (error.code === 'MODULE_NOT_FOUND') {
      const { Module } = require('internal/modules/cjs/loader');
      throw Module._notFound(absolute, []);
    }
    throw error;
  }
  const esm = path.endsWith('.mjs') ||
    (path.endsWith('.js') && modulesBinding.isModuleScope(path));
  return { path, esm };
}

function runCommonJs(path) {
  const { Module } = require('internal/modules/cjs/loader');
  Module._load(path, null, true);
}

// `-e`, `-p` and piped scripts: run as a global script with require, module, exports,
// __filename and __dirname as globals, like Node's [eval] context.
function runEval(code, print, name) {
  const { Module, makeRequire } = require('internal/modules/cjs/loader');
  const cwd = internalBinding('process_methods').cwd();
  const module = new Module(name, null);
  module.filename = `${cwd}/${name}`;
  module.paths = Module._nodeModulePaths(cwd);
  module.loaded = true;
  const define = (key, value) => Object.defineProperty(globalThis, key, {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
  define('module', module);
  define('exports', module.exports);
  define('require', makeRequire(module));
  define('__filename', name);
  define('__dirname', '.');
  const result = modulesBinding.evalScript(code, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    const text = typeof result === 'string' ? result : inspect(result);
    internalBinding('process_methods').writeString(1, `${text}\n`);
  }
  return result;
}

void fsBinding;
module.exports = { resolveMain, runCommonJs, runEval };
