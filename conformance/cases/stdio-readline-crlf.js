// readline over process.stdin with CRLF line endings and a final line without newline.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log('count', lines.length);
  for (const l of lines) console.log(JSON.stringify(l), l.length);
});
