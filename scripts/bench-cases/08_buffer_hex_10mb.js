// Buffer.from / toString in hex on 10 MB of bytes, 5 round trips.
const bytes = Buffer.alloc(10 * 1024 * 1024);
for (let i = 0; i < 256; i++) bytes[i] = i;
bytes.fill(bytes.subarray(0, 256));
let total = 0;
for (let i = 0; i < 5; i++) {
  const hex = bytes.toString('hex');
  total += hex.length + Buffer.from(hex, 'hex').length;
}
console.log(total);
