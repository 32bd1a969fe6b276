'use strict';
// Entry points used by runtime/src/runtime.rs: find the main file and decide CommonJS or ESM,
// run a CommonJS main, or evaluate `-e` / `-p` / stdin code.

const modulesBinding = internalBinding('modules');

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

// `-e`, `-p` and piped scripts (internal/main/eval_string).
function runEval(code, print, name) {
  return require('internal/main/eval_string').runEval(code, print, name);
}

module.exports = { resolveMain, runCommonJs, runEval };
