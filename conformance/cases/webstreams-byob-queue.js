// BYOB reads served from the queue: partial fills, chunks spanning reads, and the leftover
// bytes of an unaligned read going back to the queue.
'use strict';
(async () => {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  ctrl.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
  ctrl.enqueue(new Uint8Array([6, 7]));
  console.log('desiredSize', ctrl.desiredSize);
  const reader = rs.getReader({ mode: 'byob' });
  const a = await reader.read(new Uint8Array(3));
  console.log('a', [...a.value]);
  const b = await reader.read(new Uint8Array(10));
  console.log('b', [...b.value]);
  ctrl.enqueue(new Uint8Array([8, 9, 10]));
  const c = await reader.read(new Uint16Array(4));
  console.log('c', c.value.length, c.value.byteLength);
  const leftover = await reader.read(new Uint8Array(4));
  console.log('leftover', [...leftover.value], ctrl.byobRequest);
  const pending = reader.read(new Uint8Array(4));
  console.log('byobRequest', ctrl.byobRequest.view);
  ctrl.enqueue(new Uint8Array([11, 12]));
  const d = await pending;
  console.log('d', [...d.value]);
  ctrl.close();
  const e = await reader.read(new Uint8Array(2));
  console.log('e', e.done, e.value.byteLength);
  await reader.closed;
  console.log('closed');
})();
