// node:vm contexts: a sandbox object serves the context's globals (reads through it, writes and
// declarations into it, live both ways), each context has its own builtins, and the errors,
// validation and Script reuse across contexts are Node's.
const vm = require('vm');

console.log(vm.runInNewContext('typeof setTimeout'), vm.runInNewContext('typeof Array'), vm.runInNewContext('typeof console'));
const sandbox = { a: 1, b: 2 };
const context = vm.createContext(sandbox);
console.log(context === sandbox, vm.isContext(sandbox), vm.isContext({}), vm.createContext(sandbox) === sandbox);
console.log(vm.runInContext('var x = a + b; y = 10; function f() { return 1; } let z = 5; typeof f', sandbox));
console.log(Object.keys(sandbox), sandbox.x, sandbox.y, sandbox.f());
console.log(vm.runInContext('z', sandbox), vm.runInContext('this === globalThis', sandbox), vm.runInContext('this', sandbox) === sandbox);
sandbox.later = 42;
console.log(vm.runInContext('later', sandbox));
vm.runInContext('setLater = function () { q = 9; }', sandbox);
sandbox.setLater();
console.log(sandbox.q, Object.keys(vm.runInContext('this', sandbox)));
try {
  vm.runInContext('nope', sandbox);
} catch (error) {
  console.log(error.name, error.message, error instanceof ReferenceError);
}

console.log(vm.runInNewContext('[] instanceof Array'), vm.runInNewContext('[]') instanceof Array);
console.log(vm.runInNewContext('a + b', { a: 40, b: 2 }));
const result = vm.runInNewContext('({ arr: [1, 2], fn() { return 3; } })');
console.log(Array.isArray(result.arr), result.arr instanceof Array, result.fn());
console.log(vm.runInNewContext('var o = { a: [1, 2] }; JSON.stringify(o)'));
console.log(vm.runInNewContext('delete x; typeof x', { x: 1 }));
console.log(vm.runInNewContext('typeof require + typeof process + typeof Buffer'));
console.log(vm.runInNewContext('eval("1 + 2")'), vm.runInNewContext('new Function("return 4")()'));
vm.runInNewContext('console.log("a context console prints nothing")');

const counter = vm.createContext({ n: 1, log: [] });
const script = new vm.Script('n += 1; log.push(typeof Array); n');
console.log(script.runInContext(counter), script.runInContext(counter), counter.n, counter.log);
console.log(script.runInNewContext({ n: 10, log: [] }), script.runInThisContext === vm.Script.prototype.runInThisContext);

const declared = vm.createContext({});
vm.runInContext('function g() { return 7; } var h = 8; globalThis.k = 9', declared);
console.log(Object.keys(declared), declared.g(), declared.h, declared.k);
console.log(vm.runInContext('Object.keys(globalThis)', declared));

try {
  vm.runInNewContext('throw new TypeError("inside")', {}, { filename: 'ctx.js' });
} catch (error) {
  console.log(error instanceof TypeError, error.name, error.message, error.stack.split('\n').slice(0, 6));
}

// Callbacks the context made run later, and still see the sandbox.
const timers = vm.createContext({ setTimeout, done: [] });
vm.runInContext('setTimeout(() => { done.push(typeof later, later); }, 1)', timers);
timers.later = 'set after';
const promise = vm.runInNewContext('Promise.resolve(5)');
promise.then((value) => console.log('resolved', value, promise instanceof Promise));
setTimeout(() => console.log('timer saw', timers.done), 20);

for (const call of [
  () => vm.runInContext('1', {}),
  () => vm.runInContext('1', 1),
  () => vm.createContext(1),
  () => vm.createContext({}, { name: 1 }),
  () => vm.createContext({}, { microtaskMode: 'x' }),
  () => new vm.Script('1').runInContext({}),
]) {
  try {
    console.log(call());
  } catch (error) {
    console.log(error.code, error.message);
  }
}

// compileFunction in a context: its globals are the context's.
const parsing = vm.createContext({ v: 3 });
const inContext = vm.compileFunction('return v + (typeof Array)', [], { parsingContext: parsing });
console.log(inContext(), inContext instanceof Function);
try {
  vm.compileFunction('', [], { parsingContext: {} });
} catch (error) {
  console.log(error.code, error.message);
}
