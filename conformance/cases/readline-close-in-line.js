'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => {
  console.log('line', l);
  if (l === '1') rl.close();
});
rl.on('close', () => console.log('close'));
// The rest of the chunk is still delivered after close(); later chunks are not.
input.write('1\n2\n3\n');
input.write('4\n');
