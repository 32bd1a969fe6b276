'use strict';
const e = (err) => `${err.name} ${err.code} ${err.message}`;

const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
const rl = readline.createInterface({ input: new PassThrough() });
rl.close();
try {
  rl.question('q? ', () => {});
} catch (err) {
  console.log('callback', e(err));
}
// Without a callback nothing happens, even when closed.
rl.question('no callback');
console.log('no callback: fine');
const prl = rlp.createInterface({ input: new PassThrough() });
prl.close();
prl.question('q? ').then(
  (v) => console.log('resolved', v),
  (err) => console.log('promises', e(err)),
);
