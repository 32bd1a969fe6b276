// TransformStream backpressure: writes wait until the readable side is read.
'use strict';
const log = [];
const ts = new TransformStream({
  transform(chunk, c) { log.push(`transform ${chunk} desiredSize=${c.desiredSize}`); c.enqueue(chunk); },
}, { highWaterMark: 1 }, { highWaterMark: 1 });
const w = ts.writable.getWriter();
for (const c of [1, 2, 3, 4]) w.write(c).then(() => log.push(`write ${c} done`));
setTimeout(async () => {
  log.push(`writer desiredSize=${w.desiredSize}`);
  const r = ts.readable.getReader();
  for (let i = 0; i < 4; i++) {
    const { value } = await r.read();
    log.push(`read ${value}`);
  }
  setTimeout(() => console.log(log.join('\n')), 1);
}, 5);
