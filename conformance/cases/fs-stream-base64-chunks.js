// encoding: 'base64' with chunk sizes not divisible by 3: output joined must equal whole-file base64.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-conf-b64-'));
const file = path.join(dir, 'bin');
const data = Buffer.alloc(1000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + 3) & 0xff;
fs.writeFileSync(file, data);
(async () => {
  for (const hwm of [1, 2, 4, 5, 64, 100, 1000]) {
    const parts = [];
    await new Promise((r) => fs.createReadStream(file, { encoding: 'base64', highWaterMark: hwm })
      .on('data', (c) => parts.push(c)).on('end', r));
    const joined = parts.join('');
    const badPad = parts.slice(0, -1).some((p) => p.includes('='));
    console.log(hwm, joined === data.toString('base64'), joined.length, 'chunks', parts.length, 'pad inside', badPad);
  }
  const b64url = [];
  await new Promise((r) => fs.createReadStream(file, { encoding: 'base64url', highWaterMark: 7, end: 20 })
    .on('data', (c) => b64url.push(c)).on('end', r));
  console.log('base64url', b64url.join(''), b64url.join('') === data.subarray(0, 21).toString('base64url'));
  fs.rmSync(dir, { recursive: true });
})();
