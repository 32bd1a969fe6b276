// vm contexts: non-configurable sandbox properties, the sandbox read back as the global,
// compiling without declaring (no leak of top-level const between contexts or into the main
// one), runInNewContext option names, DONT_CONTEXTIFY, and re-running a script with const.
const vm = require('vm');
const x = {}; Object.defineProperty(x, 'prop', { configurable: false, enumerable: false, writable: false, value: 'val' });
const ctx = vm.createContext(x);
console.log(vm.runInContext('Object.getOwnPropertyDescriptor(this, "prop")', ctx));
const y = {}; Object.defineProperty(y, 'b', { configurable: false, value: 1 }); vm.createContext(y);
console.log(vm.runInContext('delete b', y), vm.runInContext('typeof b', y));
const w = vm.createContext(); w.window = w;
console.log(vm.runInContext('this === window', w));
vm.runInNewContext('const z = 1;'); vm.runInNewContext('const z = 2;'); console.log('no leak');
new vm.Script('const yy = 1'); new vm.Script('const yy = 1'); console.log(typeof yy === 'undefined');
try { z } catch (e) { console.log(e.name, e.message) }
for (const o of [{ contextName: null }, { contextOrigin: 1 }]) try { vm.runInNewContext('', {}, o) } catch (e) { console.log(e.code, e.message) }
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof g, vm.isContext(g), vm.runInContext('globalThis', g) === g, vm.runInContext('var q = 5; q', g), g.q, g.Array === Array, typeof g.Array);
const s = new vm.Script('const rr = 3; rr'); console.log(s.runInThisContext());
try { s.runInThisContext() } catch (e) { console.log('second run', e.name) }
