// readline over a file stream: CRLF, lone CR, empty lines, no trailing newline, BOM-free UTF-8 split at tiny hwm.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-rlnt-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'a\r\nb\n\nc✓é\rd\r\n\r\nlast');
const lines = [];
const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 2 }) });
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log(lines.length, JSON.stringify(lines));
  fs.rmSync(dir, { recursive: true });
});
