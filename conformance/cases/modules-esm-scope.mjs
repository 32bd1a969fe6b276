console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(this);
var v = 1;
console.log(globalThis.v);
try { undeclared = 1; } catch (e) { console.log('strict mode:', e.name); }
console.log(typeof import.meta);
