'use strict';
// 100 concurrent reads in callback and promise styles: all complete with the right contents.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-concurrent-reads-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, `f${i}`), `file ${i} `.repeat(i + 1));
let done = 0;
const results = new Array(100);
for (let i = 0; i < 100; i++) {
  fs.readFile(path.join(dir, `f${i}`), 'utf8', (err, text) => {
    results[i] = err ? err.code : text.length === `file ${i} `.length * (i + 1) && text.startsWith(`file ${i} `);
    if (++done === 100) next();
  });
}
console.log('scheduled', done);
function next() {
  console.log('callback results', results.every((r) => r === true), results.length);
  const stats = [];
  for (let i = 0; i < 100; i++) stats.push(fs.promises.stat(path.join(dir, `f${i}`)));
  Promise.all(stats).then(async (all) => {
    console.log('stat sizes ok', all.every((s, i) => s.size === `file ${i} `.length * (i + 1)));
    const texts = await Promise.all(Array.from({ length: 100 }, (_, i) => fs.promises.readFile(path.join(dir, `f${i}`), 'utf8')));
    console.log('promise reads ok', texts.every((t, i) => t.startsWith(`file ${i} `)));
    const handles = await Promise.all(Array.from({ length: 50 }, (_, i) => fs.promises.open(path.join(dir, `f${i}`))));
    console.log('50 handles open', new Set(handles.map((h) => h.fd)).size);
    const reads = await Promise.all(handles.map((h) => h.read(Buffer.alloc(4), 0, 4, 0)));
    console.log('handle reads', reads.every((r) => r.bytesRead === 4 && r.buffer.toString() === 'file'));
    await Promise.all(handles.map((h) => h.close()));
    console.log('closed', handles.every((h) => h.fd === -1));
    const missing = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => fs.promises.readFile(path.join(dir, `missing${i}`))));
    console.log('missing', missing.every((m) => m.status === 'rejected' && m.reason.code === 'ENOENT'));
  });
}
