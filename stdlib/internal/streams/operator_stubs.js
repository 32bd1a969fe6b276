'use strict';
// Stubs for Readable's operators: each has the real operator's name and length, loads
// operators.js on first call, and wraps the stream-returning ones' async generators in
// Readable.from(), as Node does.

const ObjectDefineProperty = Object.defineProperty;

// [name, length], stream-returning first, in Node's order.
const streamOperators = [['asIndexedPairs', 0], ['drop', 1], ['filter', 2], ['flatMap', 2],
  ['map', 2], ['take', 1], ['compose', 2]];
const promiseOperators = [['every', 1], ['forEach', 2], ['reduce', 3], ['toArray', 1],
  ['some', 1], ['find', 2]];

function defineOperator(Readable, name, length, returnsStream) {
  const fn = function(...args) {
    if (new.target) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    const op = require('internal/streams/operators')[name];
    const result = op.apply(this, args);
    return returnsStream ? Readable.from(result) : result;
  };
  // (Node's asIndexedPairs is wrapped by util.deprecate, whose wrapper is named 'deprecated'.)
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name === 'asIndexedPairs' ? 'deprecated' : name });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: length });
  ObjectDefineProperty(Readable.prototype, name, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
// Installs the stubs on Readable.prototype (non-enumerable, like methods of a class).
module.exports = function installOperators(Readable) {
  for (let i = 0; i < streamOperators.length; i++) {
    defineOperator(Readable, streamOperators[i][0], streamOperators[i][1], true);
  }
  for (let i = 0; i < promiseOperators.length; i++) {
    defineOperator(Readable, promiseOperators[i][0], promiseOperators[i][1], false);
  }
};
