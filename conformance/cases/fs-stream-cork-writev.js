// cork() + many small writes + uncork(): a custom Writable's _writev receives them batched;
// the same pattern on fs.WriteStream writes all data in order.
const { Writable } = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');
const calls = [];
const w = new Writable({
  write(chunk, enc, cb) { calls.push('write ' + chunk); cb(); },
  writev(chunks, cb) { calls.push('writev ' + chunks.length + ' ' + chunks.map((c) => c.chunk.toString()).join('')); cb(); },
});
w.write('first');
w.cork();
for (let i = 0; i < 10; i++) w.write(String(i));
console.log('corked', w.writableCorked, 'buffered', w.writableLength);
w.uncork();
w.end('last', () => {
  console.log(calls.join('\n'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-writev-'));
  const file = path.join(dir, 'out.txt');
  const ws = fs.createWriteStream(file);
  ws.cork();
  for (let i = 0; i < 100; i++) ws.write(i + ',');
  console.log('fs corked length', ws.writableLength);
  process.nextTick(() => ws.uncork());
  ws.end('end', () => {
    const s = fs.readFileSync(file, 'utf8');
    console.log('fs content ok', s === Array.from({ length: 100 }, (_, i) => i + ',').join('') + 'end', 'bytes', ws.bytesWritten);
    fs.rmSync(dir, { recursive: true });
  });
});
