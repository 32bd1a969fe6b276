// fs.promises: write then read back 2,000 small files (one at a time, as typical async code does).
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'coil-bench-p-'));
  let total = 0;
  for (let i = 0; i < 2000; i++) await fsp.writeFile(path.join(dir, `f${i}.txt`), `file number ${i}\n`);
  for (let i = 0; i < 2000; i++) total += (await fsp.readFile(path.join(dir, `f${i}.txt`), 'utf8')).length;
  await fsp.rm(dir, { recursive: true });
  console.log(total);
})();
