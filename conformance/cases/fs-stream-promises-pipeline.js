// stream/promises pipeline: file -> line-numbering Transform -> file; plus a failing source.
const { pipeline } = require('stream/promises');
const { Transform } = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-ppipe-'));
const src = path.join(dir, 'in.txt');
const dst = path.join(dir, 'out.txt');
fs.writeFileSync(src, Array.from({ length: 2000 }, (_, i) => 'row ' + i).join('\n') + '\n');
function numberer() {
  let rest = '', n = 0;
  return new Transform({
    transform(chunk, enc, cb) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      cb(null, parts.map((l) => `${++n}:${l.toUpperCase()}\n`).join(''));
    },
    flush(cb) { if (rest) this.push(`${++n}:${rest}\n`); cb(); },
  });
}
(async () => {
  const res = await pipeline(fs.createReadStream(src, { highWaterMark: 1000 }), numberer(), fs.createWriteStream(dst));
  console.log('resolved', res);
  const lines = fs.readFileSync(dst, 'utf8').split('\n');
  console.log('lines', lines.length, JSON.stringify(lines[0]), JSON.stringify(lines[1999]), JSON.stringify(lines[2000]));
  try {
    await pipeline(fs.createReadStream(path.join(dir, 'missing.txt')), numberer(), fs.createWriteStream(path.join(dir, 'o2.txt')));
    console.log('no error?');
  } catch (e) {
    console.log('rejected', e.code, e.syscall);
  }
  const ac = new AbortController();
  const p = pipeline(fs.createReadStream(src), numberer(), fs.createWriteStream(path.join(dir, 'o3.txt')), { signal: ac.signal });
  ac.abort();
  try { await p; console.log('no abort?'); } catch (e) { console.log('aborted', e.name, e.code); }
  fs.rmSync(dir, { recursive: true });
})();
