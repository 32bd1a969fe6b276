// ReadableStream with a default reader: start/pull/enqueue/close and the order of reads.
'use strict';
const { ReadableStream } = require('stream/web');
const log = [];
const ticks = (n) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => log.push(`tick ${i}`)); };
let n = 0;
const rs = new ReadableStream({
  start(controller) {
    log.push(`start desiredSize=${controller.desiredSize}`);
    controller.enqueue('a');
  },
  pull(controller) {
    n++;
    log.push(`pull ${n} desiredSize=${controller.desiredSize}`);
    if (n < 3) controller.enqueue(`chunk${n}`);
    else controller.close();
  },
});
const reader = rs.getReader();
log.push(`locked=${rs.locked}`);
ticks(6);
for (let i = 0; i < 5; i++) {
  reader.read().then(({ value, done }) => log.push(`read ${i}: ${value} ${done}`));
}
reader.closed.then(() => log.push('closed'));
setTimeout(() => {
  console.log(log.join('\n'));
  reader.releaseLock();
  console.log('after release locked=', rs.locked);
  reader.read().catch((e) => console.log(e.name, e.code, e.message));
}, 10);
