// readline over fs.createReadStream of a 5,000-line file: count, last line, and close ordering.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rl5000-'));
const file = path.join(dir, 'lines.txt');
fs.writeFileSync(file, Array.from({ length: 5000 }, (_, i) => `line ${i + 1} ${'ab'.repeat(i % 13)}`).join('\n') + '\n');
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
let count = 0, last = null, totalLen = 0;
rl.on('line', (l) => { count++; last = l; totalLen += l.length; });
rl.on('close', async () => {
  console.log('count', count, 'last', JSON.stringify(last), 'chars', totalLen);
  let n = 0, lastIter;
  const rl2 = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 100 }) });
  for await (const l of rl2) { n++; lastIter = l; }
  console.log('for await', n, JSON.stringify(lastIter));
  fs.rmSync(dir, { recursive: true });
});
