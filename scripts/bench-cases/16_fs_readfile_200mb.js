// fs.readFile of a 200 MB file into one Buffer.
// bench-file: 200
const fs = require('fs');
fs.readFile('scripts/.bench/data-200mb.bin', (err, data) => {
  if (err) throw err;
  console.log(data.length, data[12345]);
});
