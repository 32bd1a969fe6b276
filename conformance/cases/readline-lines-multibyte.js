'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const buf = Buffer.from('añb€c😀d\r\ne\n𝄞 end', 'utf8');
// Every way of cutting the bytes in two gives the same lines.
const results = new Set();
let pending = 0;
for (let cut = 0; cut <= buf.length; cut++) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  pending++;
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => {
    results.add(JSON.stringify(lines));
    if (--pending === 0) console.log([...results]);
  });
  input.write(buf.subarray(0, cut));
  input.end(buf.subarray(cut));
}
