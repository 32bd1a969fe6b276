// fs.createReadStream over a 200 MB file (64 KiB chunks), counting bytes.
// bench-file: 200
const fs = require('fs');
let bytes = 0;
fs.createReadStream('scripts/.bench/data-200mb.bin')
  .on('data', (chunk) => { bytes += chunk.length; })
  .on('end', () => console.log(bytes));
