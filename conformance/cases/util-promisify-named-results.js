// util.promisify of callbacks with several results: fs.read/readv/write/writev and dns.lookup
// resolve objects with Node's names.
const fs = require('fs'); const util = require('util'); const dns = require('dns');
(async () => {
  const fd = fs.openSync(__filename, 'r');
  const r = await util.promisify(fs.read)(fd, Buffer.alloc(4), 0, 4, 0);
  console.log(Object.keys(r), r.bytesRead, String(r.buffer));
  const rv = await util.promisify(fs.readv)(fd, [Buffer.alloc(2), Buffer.alloc(3)], 0);
  console.log(Object.keys(rv), rv.bytesRead, rv.buffers.map(String));
  const path = require('os').tmpdir() + '/coil-pa-' + process.pid;
  const wfd = fs.openSync(path, 'w');
  const w = await util.promisify(fs.write)(wfd, Buffer.from('hey'));
  console.log(Object.keys(w), w.bytesWritten, String(w.buffer));
  const ws = await util.promisify(fs.write)(wfd, 'text');
  console.log(ws);
  const wv = await util.promisify(fs.writev)(wfd, [Buffer.from('a'), Buffer.from('bc')]);
  console.log(Object.keys(wv), wv.bytesWritten);
  fs.closeSync(wfd); fs.unlinkSync(path);
  console.log(await util.promisify(dns.lookup)('localhost', { family: 4 }));
  console.log(await util.promisify(dns.lookup)('127.0.0.1', { all: true }));
  console.log(Object.getOwnPropertySymbols(fs.read).length, Object.keys(fs.read));
})();
