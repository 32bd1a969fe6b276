const m = require('module');
console.log(Array.isArray(m.builtinModules));
for (const n of ['fs', 'path', 'util', 'timers', 'events', 'module', 'process', 'buffer', 'url']) console.log(n, m.builtinModules.includes(n));
console.log(m.builtinModules.includes('node:fs'), m.builtinModules.includes('no-such-builtin'));
console.log(typeof m.isBuiltin, m.isBuiltin('util'), m.isBuiltin('node:util'), m.isBuiltin('nope'));
console.log(typeof m, typeof m.Module, m === m.Module);
