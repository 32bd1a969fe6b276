'use strict';
// fs.writeSync/writeFileSync to fd 1 interleave in order with console.log output.
const fs = require('fs');
console.log('first (console.log)');
console.log('wrote', fs.writeSync(1, 'second (writeSync)\n'));
console.log('third (console.log)');
fs.writeFileSync(1, 'fourth (writeFileSync fd 1)\n');
fs.writeSync(1, Buffer.from('fifth (buffer)\n'));
fs.appendFileSync(1, 'sixth (appendFileSync fd 1)\n');
process.stdout.write('seventh (process.stdout.write)\n');
fs.write(1, 'eighth (fs.write callback)\n', (err, n) => {
  console.log('ninth', err, n);
});
