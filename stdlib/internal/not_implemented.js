'use strict';
// Builtins coil does not implement yet. Requiring them works - many packages require modules at
// load time that they use only on some paths - and every function or constructor throws
// ERR_COIL_NOT_IMPLEMENTED naming what is missing. Queries whose honest answer is known without
// the module (e.g. `isMainThread`) are real values.

function notImplemented(what) {
  const { ERR_COIL_NOT_IMPLEMENTED } = require('internal/errors').codes;
  return new ERR_COIL_NOT_IMPLEMENTED(what);
}

function stubFunction(label, name) {
  return { [name]() { throw notImplemented(label); } }[name];
}

// A constructor that throws when called; classes may still `extend` it at load time.
function stubClass(label, name) {
  return { [name]: function () { throw notImplemented(label); } }[name];
}

function stubModule(moduleName, { functions = [], classes = [], values = {} }) {
  const exports = {};
  for (const name of functions) exports[name] = stubFunction(`${moduleName}.${name}()`, name);
  for (const name of classes) exports[name] = stubClass(`${moduleName}.${name}`, name);
  return Object.assign(exports, values);
}

module.exports = { stubModule, stubFunction, stubClass, notImplemented };
