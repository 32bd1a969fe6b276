import { createRequire } from 'node:module';
const req = createRequire(new URL('../fixtures/cjs/entry.js', import.meta.url));
const { load } = await import('../fixtures/cjs/esm-loader.mjs');
const m = await load('exports-conditions');
console.log(m.default, m.flavor);
console.log((await load('exports-conditions/node-first')).default);
console.log((await load('exports-conditions/only-default')).default);
console.log((await load('exports-conditions/nested')).default);
console.log(req('exports-conditions'));
