// Buffer.concat of 10,000 small chunks, 20 times.
const chunks = [];
for (let i = 0; i < 10000; i++) chunks.push(Buffer.from(`chunk ${i}\n`));
let total = 0;
for (let i = 0; i < 20; i++) total += Buffer.concat(chunks).length;
console.log(total);
