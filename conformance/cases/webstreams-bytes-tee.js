// tee() of a byte stream: both branches are byte streams and get independent copies.
'use strict';
(async () => {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const [a, b] = rs.tee();
  console.log(a, b);
  ctrl.enqueue(new Uint8Array([1, 2, 3]));
  ctrl.enqueue(new Uint8Array([4]));
  ctrl.close();
  const ra = a.getReader();
  const rb = b.getReader({ mode: 'byob' });
  const x = await ra.read();
  const y = await rb.read(new Uint8Array(2));
  console.log([...x.value], [...y.value], x.value.buffer === y.value.buffer);
  console.log(await ra.read(), [...(await rb.read(new Uint8Array(4))).value]);
  console.log(await ra.read(), (await rb.read(new Uint8Array(4))).done);
  console.log(await rb.read(new Uint8Array(4)));
})();
