'use strict';
// `-e CODE`, `-p EXPR` and scripts piped on stdin.

const modulesBinding = internalBinding('modules');

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
  // `-e` and `-p` code (not a script piped on stdin) sees the built-in modules as globals.
  if (name === '[eval]') addBuiltinLibsToGlobal(Module);
  const result = modulesBinding.evalScript(code, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    const text = typeof result === 'string' ? result : inspect(result);
    internalBinding('process_methods').writeString(1, `${text}\n`);
  }
  return result;
}

// Each built-in module (but `_`-prefixed ones, subpaths and names already global) as a lazy,
// non-enumerable global the program may reassign; `crypto` is the module, not Web Crypto, as in
// Node's [eval] context.
function addBuiltinLibsToGlobal(Module) {
  const dummy = new Module('<eval>', null);
  for (const name of Module.builtinModules) {
    if (name.startsWith('_') || name.includes('/')) continue;
    if (name === 'crypto') {
      Object.defineProperty(globalThis, name, {
        __proto__: null, get: () => dummy.require(name), configurable: true, enumerable: false,
      });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(globalThis, name)) continue;
    const setReal = (value) => {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get() {
        const lib = dummy.require(name);
        Object.defineProperty(globalThis, name, {
          __proto__: null, get: () => lib, set: setReal, configurable: true, enumerable: false,
        });
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

module.exports = { runEval };
