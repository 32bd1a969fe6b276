// Buffer.from / toString in base64 on 10 MB of bytes, 5 round trips.
const bytes = Buffer.alloc(10 * 1024 * 1024);
for (let i = 0; i < 256; i++) bytes[i] = i;
bytes.fill(bytes.subarray(0, 256));
let total = 0;
for (let i = 0; i < 5; i++) {
  const b64 = bytes.toString('base64');
  total += b64.length + Buffer.from(b64, 'base64').length;
}
console.log(total);
