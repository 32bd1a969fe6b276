// WritableStream with a writer: write/close ordering, ready and closed promises.
'use strict';
const log = [];
const ticks = (n) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => log.push(`tick ${i}`)); };
const ws = new WritableStream({
  start(controller) { log.push(`start signal.aborted=${controller.signal.aborted}`); },
  write(chunk, controller) { log.push(`sink write ${chunk}`); },
  close() { log.push('sink close'); },
});
const writer = ws.getWriter();
log.push(`locked=${ws.locked} desiredSize=${writer.desiredSize}`);
ticks(8);
writer.ready.then(() => log.push('ready'));
writer.write('a').then(() => log.push('write a done'));
log.push(`desiredSize after write=${writer.desiredSize}`);
writer.write('b').then(() => log.push('write b done'));
writer.close().then(() => log.push('close done'));
writer.closed.then(() => log.push('closed'));
setTimeout(() => {
  log.push(`final desiredSize=${writer.desiredSize}`);
  console.log(log.join('\n'));
  writer.close().catch((e) => console.log(e.name, e.code, e.message));
  writer.releaseLock();
  try { writer.desiredSize; } catch (e) { console.log(e.name, e.code, e.message); }
  writer.write('d').catch((e) => console.log(e.name, e.code, e.message));
}, 10);
