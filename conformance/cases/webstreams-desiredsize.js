// Backpressure on the readable side: desiredSize with the count and byte-length strategies and a
// custom size(), and pull() being called only while desiredSize > 0.
'use strict';
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('stream/web');
const log = [];
let ctrl;
const rs = new ReadableStream({
  start(c) { ctrl = c; },
  pull(c) { log.push(`pull desiredSize=${c.desiredSize}`); },
}, new CountQueuingStrategy({ highWaterMark: 3 }));
log.push(`initial ${ctrl.desiredSize}`);
ctrl.enqueue('a'); ctrl.enqueue('b');
log.push(`after 2 ${ctrl.desiredSize}`);
ctrl.enqueue('c'); ctrl.enqueue('d');
log.push(`after 4 ${ctrl.desiredSize}`);
const reader = rs.getReader();
setTimeout(async () => {
  for (let i = 0; i < 3; i++) {
    const { value } = await reader.read();
    log.push(`read ${value} desiredSize=${ctrl.desiredSize}`);
  }
  ctrl.close();
  log.push(`closeRequested desiredSize=${ctrl.desiredSize}`);
  await reader.read();
  await reader.read();
  log.push(`closed desiredSize=${ctrl.desiredSize}`);
  let bctrl;
  new ReadableStream({ start(c) { bctrl = c; } }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  bctrl.enqueue(new Uint8Array(4));
  log.push(`bytes ${bctrl.desiredSize}`);
  bctrl.enqueue(Buffer.alloc(7));
  log.push(`bytes ${bctrl.desiredSize}`);
  let sctrl;
  new ReadableStream({ start(c) { sctrl = c; } }, { highWaterMark: 5, size(chunk) { return chunk.length; } });
  sctrl.enqueue('abc');
  log.push(`custom ${sctrl.desiredSize}`);
  try { sctrl.enqueue({ length: -1 }); } catch (e) { log.push(`bad size ${e.name} ${e.code}`); }
  let zctrl;
  new ReadableStream({ start(c) { zctrl = c; }, pull() { log.push('hwm0 pull'); } }, { highWaterMark: 0 });
  log.push(`hwm0 ${zctrl.desiredSize}`);
  const s = new CountQueuingStrategy({ highWaterMark: 2 });
  log.push(`strategy ${s.highWaterMark} ${s.size()} ${new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size(new Uint8Array(9))}`);
  console.log(log.join('\n'));
}, 5);
