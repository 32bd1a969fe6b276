import { counter, bump } from '../fixtures/esm/math.mjs';
console.log('counter', counter);
bump();
bump();
console.log('counter after bump', counter);
try {
  // eslint-disable-next-line no-import-assign
  eval('counter = 5');
} catch (e) {
  console.log(e.name);
}
