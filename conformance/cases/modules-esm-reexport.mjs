import { own, addFn, ns, PI, square } from '../fixtures/esm/reexport.mjs';
import * as all from '../fixtures/esm/reexport.mjs';
console.log(own, addFn(1, 1), PI, square(2), ns.PI);
console.log(Object.keys(all));
console.log('default' in all);
