// BYOB readers: read(view) fills the caller's buffer (transferred), byobRequest.respond(),
// respondWithNewView(), typed views with elementSize > 1 and reads after close.
'use strict';
(async () => {
  const log = [];
  let step = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log.push(`pull ${step} view=${req.view.constructor.name}(${req.view.byteLength}) offset=${req.view.byteOffset}`);
      if (step === 0) {
        req.view[0] = 65; req.view[1] = 66;
        req.respond(2);
      } else if (step === 1) {
        const v = new Uint8Array(req.view.buffer, req.view.byteOffset, 3);
        v.set([1, 2, 3]);
        req.respondWithNewView(v);
      } else if (step === 2) {
        req.view.set([0x10, 0x20, 0x30]);
        req.respond(3);
      } else {
        c.close();
        req.respond(0);
      }
      step++;
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  console.log(reader);
  const buf = new Uint8Array(8);
  const r1 = await reader.read(buf);
  log.push(`r1 ${JSON.stringify([...r1.value])} done=${r1.done} old=${buf.byteLength} new=${r1.value.buffer.byteLength}`);
  const r2 = await reader.read(new Uint8Array(r1.value.buffer, 0, 4));
  log.push(`r2 ${[...r2.value]} offset=${r2.value.byteOffset}`);
  const r3 = await reader.read(new Uint16Array(2));
  log.push(`r3 ${r3.value.constructor.name} length=${r3.value.length} ${[...r3.value].map((x) => x.toString(16))}`);
  const r4 = await reader.read(new Uint8Array(4));
  log.push(`r4 ${r4.value.constructor.name} len=${r4.value.length} done=${r4.done}`);
  const r5 = await reader.read(new DataView(new ArrayBuffer(2)));
  log.push(`r5 ${r5.value.constructor.name} ${r5.value.byteLength} done=${r5.done}`);
  console.log(log.join('\n'));
  await reader.read(new Uint8Array(0)).catch((e) => console.log(e.name, e.code, e.message));
  await reader.read('x').catch((e) => console.log(e.name, e.code, e.message));
  await reader.read().catch((e) => console.log(e.name, e.code, e.message));
  reader.releaseLock();
  await reader.read(new Uint8Array(1)).catch((e) => console.log(e.name, e.code, e.message));
})();
