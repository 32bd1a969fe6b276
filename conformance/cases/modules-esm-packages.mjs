const { load } = await import('../fixtures/esm/importer.mjs');
const esmPkg = await load('esm-pkg');
console.log(esmPkg.default, esmPkg.named);
console.log((await load('esm-pkg/sub')).sub);
const dual = await load('dual-pkg');
console.log(dual.flavor, dual.default);
try { await load('esm-pkg/index.js'); } catch (e) { console.log(e.code); }
import { createRequire } from 'node:module';
const require = createRequire(new URL('../fixtures/esm/importer.mjs', import.meta.url));
console.log(require('dual-pkg').flavor);
