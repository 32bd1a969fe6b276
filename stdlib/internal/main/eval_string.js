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
  const result = modulesBinding.evalScript(code, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    const text = typeof result === 'string' ? result : inspect(result);
    internalBinding('process_methods').writeString(1, `${text}\n`);
  }
  return result;
}

module.exports = { runEval };
