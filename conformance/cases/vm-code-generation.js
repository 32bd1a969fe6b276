// vm contexts made with codeGeneration: { strings: false } refuse eval and Function (V8's
// EvalError), other code runs; the option's validation.
const vm = require('vm');
const noStrings = { contextCodeGeneration: { strings: false } };
for (const code of ['eval("1")', 'new Function("return 1")()', '(0, eval)("2")', 'Function("return 3")()']) {
  try {
    console.log(vm.runInNewContext(code, {}, noStrings));
  } catch (error) {
    console.log(error.name, error.message, error instanceof EvalError);
  }
}
console.log(vm.runInNewContext('1 + 1', {}, noStrings), vm.runInNewContext('eval("3")', {}, { contextCodeGeneration: { strings: true } }));
const context = vm.createContext({}, { codeGeneration: { strings: false } });
try { vm.runInContext('eval("2")', context); } catch (error) { console.log(error.name); }
console.log(vm.runInContext('typeof eval', context), eval('4'));
for (const options of [{ codeGeneration: { strings: 1 } }, { codeGeneration: { wasm: 1 } }, { codeGeneration: 1 }]) {
  try {
    vm.createContext({}, options);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
