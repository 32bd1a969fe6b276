// Writable backpressure: a slow sink, highWaterMark 2, desiredSize and ready over time.
'use strict';
const log = [];
const pending = [];
const ws = new WritableStream({
  write(chunk) {
    log.push(`sink write ${chunk}`);
    return new Promise((resolve) => pending.push(() => { log.push(`sink done ${chunk}`); resolve(); }));
  },
}, { highWaterMark: 2 });
const writer = ws.getWriter();
const state = (label) => log.push(`${label}: desiredSize=${writer.desiredSize}`);
for (const c of ['a', 'b', 'c', 'd']) {
  writer.write(c).then(() => log.push(`write ${c} resolved`));
  state(`queued ${c}`);
}
let readyCount = 0;
writer.ready.then(() => { readyCount++; log.push('ready resolved'); });
function step() {
  if (pending.length === 0) {
    state('end');
    console.log(log.join('\n'), readyCount);
    return;
  }
  pending.shift()();
  setTimeout(() => { state('after step'); step(); }, 1);
}
setTimeout(step, 1);
