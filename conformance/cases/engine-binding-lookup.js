// Reads and writes of variables through closures, and the cases where a variable is found at
// run time instead of where the compiler put it: direct eval adding a binding, `with`, deleting
// an eval-made variable, uninitialised `let`, assignment to `const`, globals.
let counter = 0;
const bump = () => ++counter;
for (let i = 0; i < 5; i++) bump();
console.log('counter', counter);

function outer() {
  let x = 'outer x';
  function read() { return typeof x === 'string' ? x : 'not a string'; }
  function write(v) { x = v; }
  write('written');
  return read();
}
console.log(outer());

var shadow = 'global shadow';
function withEval(code) {
  const inner = () => shadow;
  const before = inner();
  eval(code);
  const during = inner();
  return [before, during];
}
console.log(withEval('var shadow = "eval shadow"'));

function deletedEvalVar() {
  eval('var made = 1');
  const f = () => typeof made;
  const before = f();
  delete made;
  return [before, f()];
}
console.log(deletedEvalVar());

const scope = { a: 'from object' };
var a = 'from global';
function readA() { return a; }
with (scope) { console.log(a, readA()); a = 'assigned in with'; }
console.log(scope.a, a);

function tdz() {
  const read = () => later;
  try { read(); } catch (e) { console.log(e.name, e.message); }
  let later = 'ready';
  return read();
}
console.log(tdz());

const fixed = 1;
const assign = () => { fixed = 2; };
try { assign(); } catch (e) { console.log(e.name, e.message); }

globalThis.viaGlobal = 'global property';
console.log((() => viaGlobal)());
try { (() => notDefinedAnywhere)(); } catch (e) { console.log(e.name, e.message); }
(function () { 'use strict'; try { undeclared = 1; } catch (e) { console.log(e.name, e.message); } })();
(function () { sloppyGlobal = 'created'; })();
console.log(globalThis.sloppyGlobal, typeof undefined, undefined === void 0);

// Reads before the declaration ran, through a closure and directly (V8's wording).
try { before; } catch (e) { console.log(e.message); }
let before = 1;
function f() { try { return inner; } catch (e) { return e.message; } }
console.log(f());
let inner = 2;
class A { static m() { try { return B; } catch (e) { return e.message; } } }
console.log(A.m());
class B {}
try { (() => { 'use strict'; nope = 1; })(); } catch (e) { console.log(e.message); }
try { (() => { late = 1; })(); } catch (e) { console.log(e.message); }
let late;
{ try { (() => blockLet)(); } catch (e) { console.log(e.message); } let blockLet = 1; }
