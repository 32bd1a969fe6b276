// ~200 KB on stdin through a pipe: counted across 'data' chunks (sizes not printed).
let total = 0, sum = 0, chunks = 0, allBuffers = true;
process.stdin.on('data', (c) => {
  chunks++;
  if (!Buffer.isBuffer(c)) allBuffers = false;
  total += c.length;
  for (let i = 0; i < c.length; i++) sum = (sum * 31 + c[i]) >>> 0;
});
process.stdin.on('end', () => {
  console.log('total', total, 'checksum', sum, 'buffers', allBuffers, 'multi', chunks > 1);
});
process.stdin.on('close', () => console.log('close', process.stdin.readableEnded));
