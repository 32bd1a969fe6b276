'use strict';
// Functions inside a module made strict by its directive are strict all the way down:
// unmapped arguments, no `this` coercion, assignments to undeclared names throw, eval keeps
// its declarations to itself; `arguments` stays right when parameters change.
function unmapped(a, b) {
  arguments[0] = 'changed';
  a = 'param';
  return [a, arguments[0], arguments.length, b];
}
console.log(unmapped(1), unmapped(1, 2, 3));

function nested() {
  return function inner(x) {
    x = 5;
    return [typeof this, arguments[0], arguments.length];
  };
}
console.log(nested()(1, 2));

function withDefaults(a, b = a + 1, ...rest) {
  return [a, b, rest.length, arguments.length];
}
console.log(withDefaults(1), withDefaults(1, undefined, 3, 4));

function evalScope(code) {
  eval(code);
  return typeof declared;
}
console.log(evalScope('var declared = 1;'));

function calleeAccess() {
  try {
    return arguments.callee;
  } catch (err) {
    return err.constructor.name;
  }
}
console.log(calleeAccess());

function assignUndeclared() {
  try {
    undeclaredName = 1;
    return 'assigned';
  } catch (err) {
    return err.name;
  }
}
console.log(assignUndeclared());

const named = function fact(n) {
  try {
    fact = null;
  } catch (err) {
    return err.name;
  }
  return n;
};
console.log(named(3));

function spread() {
  return Math.max(...arguments) + Array.prototype.slice.call(arguments).length;
}
console.log(spread(1, 5, 3));

function closures(a) {
  const read = () => [a, arguments[0]];
  a = 2;
  return read();
}
console.log(closures(1));
