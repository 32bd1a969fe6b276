// fs callbacks: write then read back 2,000 small files, all requests in flight at once.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-bench-c-'));
const N = 2000;
let written = 0;
let read = 0;
let total = 0;
for (let i = 0; i < N; i++) {
  fs.writeFile(path.join(dir, `f${i}.txt`), `file number ${i}\n`, (err) => {
    if (err) throw err;
    if (++written === N) readAll();
  });
}
function readAll() {
  for (let i = 0; i < N; i++) {
    fs.readFile(path.join(dir, `f${i}.txt`), 'utf8', (err, text) => {
      if (err) throw err;
      total += text.length;
      if (++read === N) {
        fs.rmSync(dir, { recursive: true });
        console.log(total);
      }
    });
  }
}
