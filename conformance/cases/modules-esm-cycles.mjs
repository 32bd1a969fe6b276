import { a, fromA } from '../fixtures/esm/cycle-a.mjs';
console.log(a, fromA());
