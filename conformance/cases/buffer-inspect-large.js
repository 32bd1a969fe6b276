// util.inspect of a 5 MB Buffer and a typed array with extra properties: only 50 bytes are shown
// and the extra keys come after them (coil must not list the 5 million index keys to find them).
const util = require('util');
const big = Buffer.alloc(5 * 1024 * 1024, 0x61);
big.extra = 'x';
big[Symbol('tag')] = 1;
console.log(util.inspect(big));
console.log(util.inspect(big, { showHidden: true }).slice(-60));
const u8 = new Uint8Array(3 * 1024 * 1024);
u8.note = 1;
console.log(util.inspect(u8).slice(-40));
const arr = [1, 2, 3];
arr.label = 'a';
console.log(arr, util.inspect(arr, { showHidden: true }));
