// vm: the order of errors (options, syntax, context, run options), and no visible internals.
const vm = require('vm');
for (const call of [
  () => vm.runInThisContext('(', { displayErrors: 1 }),
  () => vm.runInContext('(', {}),
  () => vm.runInContext('1', {}, { timeout: -1 }),
  () => vm.runInNewContext('(', 1),
  () => vm.runInNewContext('1', 1),
  () => vm.runInThisContext('1', { timeout: 'x' }),
  () => vm.runInThisContext('1', { filename: 2 }),
  () => vm.Script.prototype.runInThisContext.call({}),
]) {
  try {
    call();
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.code);
  }
}
const script = new vm.Script('1');
console.log(Object.getOwnPropertySymbols(script), Object.keys(script));
try { vm.runInThisContext('throw new Error("x")', 'f.js'); } catch (error) {
  console.log(Object.getOwnPropertySymbols(error), error.stack.split('\n')[0]);
}
console.log(vm.runInThisContext('40 + 2', 'named.js'));
