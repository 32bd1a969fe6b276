'use strict';
const readline = require('readline');
const { Readable } = require('stream');
// 60,000 lines in 64 KiB chunks that cut lines anywhere, plus one 1 MiB line.
const parts = [];
for (let i = 0; i < 60000; i++) parts.push(`line ${i} ${'x'.repeat(i % 37)}`);
parts.push('y'.repeat(1 << 20));
const text = parts.join('\n') + '\n';
const chunks = [];
for (let i = 0; i < text.length; i += 65536) chunks.push(text.slice(i, i + 65536));
const rl = readline.createInterface({ input: Readable.from(chunks) });
let count = 0;
let total = 0;
let longest = 0;
rl.on('line', (line) => {
  count++;
  total += line.length;
  if (line.length > longest) longest = line.length;
});
rl.on('close', () => console.log({ count, total, longest }));
