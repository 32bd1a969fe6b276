'use strict';
const readline = require('readline');
const { once } = require('events');
const { Readable } = require('stream');
(async () => {
  const rl = readline.createInterface({ input: Readable.from(['a\nb\n', 'c']) });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  await once(rl, 'close');
  console.log('lines', lines);
  const rl2 = readline.createInterface({ input: Readable.from(['first line\nsecond\n']) });
  const [line] = await once(rl2, 'line');
  console.log('first', line);
  rl2.close();
})();
