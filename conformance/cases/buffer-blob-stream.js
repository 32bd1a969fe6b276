// Blob.prototype.stream(): reading a multi-part Blob through its ReadableStream.
'use strict';
const { Blob } = require('buffer');
(async () => {
  const b = new Blob(['héllo', Buffer.from(' wo'), new Uint8Array([114, 108, 100])]);
  const chunks = [];
  for await (const chunk of b.stream()) chunks.push(chunk);
  console.log(chunks.every((c) => c instanceof Uint8Array), Buffer.concat(chunks).toString());
  const reader = new Blob(['abc']).stream().getReader();
  const first = await reader.read();
  console.log(first.done, Buffer.from(first.value).toString());
  console.log((await reader.read()).done);
  const empty = [];
  for await (const c of new Blob([]).stream()) empty.push(c);
  console.log(empty.length);
})();
