import def, { kind } from '../fixtures/esm/type-module/lib.js';
import legacy from '../fixtures/esm/type-module/legacy.cjs';
import * as u from '../fixtures/esm/type-module/uses-require.js';
console.log(kind, def);
console.log(legacy.kind);
console.log(u.requireType, u.moduleType, u.thisValue);
