// import() inside a required CommonJS module resolves against that module's file, not the
// working directory or the main script (prettier's index.cjs does `import("./index.mjs")`).
'use strict';
const load = require('../fixtures/dynamic-import/sub/a.cjs');
load().then((m) => console.log(m.default, m.where), (e) => console.log('failed', e.code));
import('../fixtures/dynamic-import/sub/c.mjs').then((m) => console.log('from the main script', m.default));
import('./missing-module.mjs').catch((e) => console.log('missing', e.code));
