// fs.createReadStream chunk boundaries and sizes (ranges, small highWaterMarks, destroy mid-read): coil reads ahead, node does not; the chunks must be the same.
const fs = require('fs');
const p = require('os').tmpdir() + '/coil-conf-stream-chunking-' + process.pid;
fs.writeFileSync(p, Buffer.alloc(1000000, 'abcdefghij'));
const out = [];
let left = 5;
for (const opts of [{}, { start: 5, end: 999994, highWaterMark: 1000 }, { highWaterMark: 7, start: 999990 }, { start: 0, end: 0 }, { highWaterMark: 65536, end: 200000 }]) {
  let n = 0; let sum = 0; let chunks = 0;
  fs.createReadStream(p, opts).on('data', (c) => { n += c.length; chunks++; for (let i = 0; i < c.length; i += 997) sum += c[i]; }).on('close', () => {
    out.push(`${JSON.stringify(opts)} ${n} ${chunks} ${sum}`);
    if (--left === 0) { console.log(out.sort().join('\n')); fs.unlinkSync(p); }
  });
}
const d = fs.createReadStream(__filename, { highWaterMark: 1 });
let got = 0; d.on('data', () => { if (++got === 2) d.destroy(); }).on('close', () => console.log('destroyed after', got));
