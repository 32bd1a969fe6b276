'use strict';
const readline = require('readline');
const { Readable } = require('stream');
function run(label, chunks) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: Readable.from(chunks) });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => {
      console.log(label, JSON.stringify(lines));
      resolve();
    });
  });
}
(async () => {
  await run('empty', []);
  await run('empty chunk', ['']);
  await run('no trailing newline', ['abc', 'def']);
  await run('only newlines', ['\n', '\n\n', '\r\n', '\r']);
  await run('spaces', ['  \n\t\n']);
  await run('buffers', [Buffer.from('x\ny'), Buffer.from('z\n')]);
})();
