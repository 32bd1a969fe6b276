// vm.measureMemory: the result's shape (estimates are numbers) and its validation.
const vm = require('vm');
const shape = (r) => JSON.stringify(r, (k, v) => (typeof v === 'number' ? 'n' : v));
vm.measureMemory().then((r) => console.log('summary', shape(r)));
vm.measureMemory({ mode: 'detailed' }).then((r) => console.log('detailed', shape(r)));
vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then((r) => console.log(Object.keys(r)));
for (const options of [1, { mode: 'x' }, { execution: 'y' }, { mode: 1 }]) {
  try {
    vm.measureMemory(options);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
console.log(vm.measureMemory() instanceof Promise);
