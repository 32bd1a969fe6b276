import add, { PI, square, sq } from '../fixtures/esm/math.mjs';
import * as math from '../fixtures/esm/math.mjs';
console.log(add(2, 3), PI, square(4), sq === square);
console.log(Object.keys(math), math.default === add);
console.log(Object.prototype.toString.call(math), Object.isFrozen(math), Object.isSealed(math));
console.log(math);
