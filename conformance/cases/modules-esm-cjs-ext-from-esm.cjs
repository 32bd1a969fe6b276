// A .cjs entry point is CommonJS even if it dynamically imports ESM.
console.log(typeof require, require.main === module);
import('../fixtures/esm/math.mjs').then((m) => console.log(m.PI));
