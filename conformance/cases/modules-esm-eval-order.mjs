console.log('main body runs after imports');
import { b } from '../fixtures/esm/order-b.mjs';
import { a } from '../fixtures/esm/order-a.mjs';
console.log(a, b);
