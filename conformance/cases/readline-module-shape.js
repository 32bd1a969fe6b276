'use strict';
const readline = require('readline');
const rlp = require('readline/promises');
console.log(Object.keys(readline));
console.log(Object.keys(rlp));
console.log(readline.promises === rlp, require('node:readline') === readline, require('node:readline/promises') === rlp);
for (const [k, v] of Object.entries(readline)) {
  if (typeof v === 'function') console.log(k, v.name, v.length);
}
for (const [k, v] of Object.entries(rlp)) console.log('promises', k, v.name, v.length);
console.log(Object.getOwnPropertyNames(rlp.Readline.prototype));
console.log(Object.keys(readline.Interface.prototype));
console.log(Object.getPrototypeOf(rlp.Interface.prototype) === Object.getPrototypeOf(readline.Interface.prototype));
console.log(typeof readline.Interface.prototype.question[require('util').promisify.custom]);
