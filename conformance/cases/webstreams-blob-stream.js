// Blob.prototype.stream(): a byte stream of the blob's bytes; BYOB reads and slices.
'use strict';
(async () => {
  const blob = new Blob(['hello ', 'world']);
  const rs = blob.stream();
  console.log(rs);
  const reader = rs.getReader({ mode: 'byob' });
  const a = await reader.read(new Uint8Array(4));
  console.log(Buffer.from(a.value).toString(), a.done);
  reader.releaseLock();
  let rest = '';
  for await (const c of rs) rest += Buffer.from(c).toString();
  console.log(rest);
  const parts = [];
  for await (const c of blob.slice(2, 7).stream()) parts.push(Buffer.from(c).toString());
  console.log(parts.join(''), await blob.text());
  const big = new Blob([new Uint8Array(100000).fill(7)]);
  let total = 0;
  let count = 0;
  for await (const c of big.stream()) { total += c.byteLength; count++; }
  console.log(total, count > 0);
})();
