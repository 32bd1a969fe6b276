// fs.readFile/readFileSync return Buffers without an encoding and decode any Buffer encoding;
// writeFileSync takes Buffers, typed arrays and encoded strings.
const fs = require('fs');
const p = require('os').tmpdir() + '/coil-conformance-fs-buffer-results';
fs.writeFileSync(p, Buffer.from([0, 1, 2, 255]));
console.log(fs.readFileSync(p), fs.readFileSync(p, 'hex'), fs.readFileSync(p, { encoding: 'base64' }));
fs.writeFileSync(p, 'aGVsbG8=', 'base64');
console.log(fs.readFileSync(p, 'utf8'), fs.readFileSync(p, 'latin1'));
try { fs.readFileSync(p, { encoding: 'buffer' }); } catch (e) { console.log(e.code, e.message); }
fs.writeFileSync(p, new Uint16Array([0x6968]));
fs.readFile(p, (err, data) => {
  console.log(err, data, Buffer.isBuffer(data));
  fs.readFile(p, 'ucs2', (err, text) => {
    console.log(err, text);
    fs.promises.readFile(p).then((b) => {
      console.log(b);
      fs.writeFileSync(p, '');
      console.log(fs.readFileSync(p));
    });
  });
});
try { fs.readFileSync(p, 'nope'); } catch (e) { console.log(e.code, e.message); }
