// node:vm in the main context: Script, runInThisContext, createScript, compileFunction and
// their validation; the error stack decoration of displayErrors.
const vm = require('vm');
console.log(Object.keys(vm).join(' '));
console.log(vm.Script.name, vm.Script.length, vm.runInThisContext.length, vm.compileFunction.length);

const script = new vm.Script('globalThis.counter = (globalThis.counter || 0) + 1', { filename: 'count.js' });
console.log(script.runInThisContext(), script.runInThisContext(), counter, Object.keys(script));
console.log(vm.runInThisContext('var gv = 7; let lv = 8; typeof require'), globalThis.gv, vm.runInThisContext('lv'));
console.log(vm.createScript('1 + 1').runInThisContext(), new vm.Script(123).runInThisContext());
console.log(new vm.Script('1\n//# sourceMappingURL=first.map\n//# sourceMappingURL=last.map').sourceMapURL);
const produced = new vm.Script('1', { produceCachedData: true });
console.log(typeof produced.cachedDataProduced, Buffer.isBuffer(produced.createCachedData()));

for (const [code, options] of [
  ['throw new Error("boom")', { filename: 'a.js' }],
  ['let a = 1;\n  a.b.c', 'b.js'],
  ['null.x', { filename: 'c.js' }],
  ['function f() { throw new TypeError("t"); }\nf()', { filename: 'd.js' }],
  ['\n\nthrow new RangeError("deep")', { filename: 'e.js' }],
  ['throw new Error("quiet")', { filename: 'f.js', displayErrors: false }],
  ['throw 5', {}],
]) {
  try {
    vm.runInThisContext(code, options);
  } catch (error) {
    // The stack down to its first frame (the frames below are the runtime's own).
    const lines = error instanceof Error ? error.stack.split('\n') : null;
    console.log(JSON.stringify(lines ? lines.slice(0, lines.findIndex((l) => l.startsWith('    at ')) + 1) : error));
  }
}

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(2, 3), JSON.stringify(add.name), add.length);
console.log(vm.compileFunction('return a * 2', [], { contextExtensions: [{ a: 21 }] })());
console.log(vm.compileFunction('"use strict"; return this')(), vm.compileFunction('return typeof this')());
console.log(vm.isContext({}), vm.isContext([]));

for (const call of [
  () => vm.compileFunction(1),
  () => vm.compileFunction('', [1]),
  () => vm.compileFunction('', 'a'),
  () => vm.compileFunction('', [], { contextExtensions: [1] }),
  () => new vm.Script('', { filename: 1 }),
  () => new vm.Script('', 5),
  () => new vm.Script('', { lineOffset: 1.5 }),
  () => new vm.Script('', { produceCachedData: 1 }),
  () => new vm.Script('', { cachedData: 'x' }),
  () => vm.runInThisContext('1', { timeout: -1 }),
  () => vm.runInThisContext('1', { displayErrors: 1 }),
  () => vm.isContext(1),
]) {
  try {
    call();
    console.log('no error');
  } catch (error) {
    console.log(error.code, error.message);
  }
}
