// Blob parts: views with offsets, DataView, SharedArrayBuffer, nested Blobs, copying at construction.
'use strict';
const { Blob } = require('buffer');
(async () => {
  const base = Buffer.from('0123456789');
  const parts = [base.subarray(2, 5), new DataView(base.buffer, base.byteOffset + 7, 2), new Uint16Array([0x4241]),
    new Float32Array([1]), new Blob(['nested', new Blob(['!'])])];
  const b = new Blob(parts);
  console.log(b.size, Buffer.from(await b.arrayBuffer()).toString('hex'));
  base[2] = 0x58;
  console.log('after mutation', (await b.text()).slice(0, 3));
  const sab = new SharedArrayBuffer(2);
  new Uint8Array(sab).set([0x61, 0x62]);
  try {
    const s = new Blob([sab]);
    console.log('sab', s.size, await s.text());
  } catch (e) {
    console.log('sab threw', e.name, e.code);
  }
  const big = new Blob([Buffer.alloc(100000, 'x'), 'y']);
  const t = await big.text();
  console.log(big.size, t.length, t.endsWith('xy'));
  const sl = big.slice(99998);
  console.log(sl.size, await sl.text(), JSON.stringify(sl.type));
  const chain = new Blob(['abcdef']).slice(1).slice(1, -1).slice(-2);
  console.log(chain.size, await chain.text());
  console.log(new Blob(['\u00e9\ud83d\ude00']).size, new Blob(['\ud83d']).size);
  const ab = await new Blob(['xyz']).arrayBuffer();
  console.log(ab.byteLength, Object.prototype.toString.call(ab));
  const two = new Blob(['same']);
  const [t1, t2] = await Promise.all([two.text(), two.text()]);
  console.log(t1 === t2, t1);
})();
