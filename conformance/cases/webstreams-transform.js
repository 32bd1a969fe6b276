// TransformStream: transform/flush, enqueue of several chunks, terminate and error.
'use strict';
const log = [];
const upper = new TransformStream({
  start() { log.push('start'); },
  transform(chunk, controller) {
    log.push(`transform ${chunk}`);
    controller.enqueue(chunk.toUpperCase());
    controller.enqueue(`(${chunk.length})`);
  },
  flush(controller) { log.push('flush'); controller.enqueue('END'); },
});
const writer = upper.writable.getWriter();
const reader = upper.readable.getReader();
(async () => {
  writer.write('ab').then(() => log.push('write ab done'));
  writer.write('cde').then(() => log.push('write cde done'));
  writer.close().then(() => log.push('close done'));
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    log.push(`read ${value}`);
  }
  log.push('readable done');
  await new Promise((r) => setTimeout(r, 1));
  console.log(log.join('\n'));

  const t2 = new TransformStream({ transform(chunk, c) { if (chunk === 2) c.terminate(); else c.enqueue(chunk); } });
  const w2 = t2.writable.getWriter();
  const r2 = t2.readable.getReader();
  w2.write(1);
  w2.write(2);
  console.log(await r2.read(), await r2.read());
  await w2.write(3).catch((e) => console.log('after terminate', e.name, e.code));

  const t3 = new TransformStream({ transform() { throw new Error('bad chunk'); } });
  const w3 = t3.writable.getWriter();
  await w3.write('x').catch((e) => console.log('write', e.message));
  await t3.readable.getReader().read().catch((e) => console.log('read', e.message));

  const identity = new TransformStream();
  const iw = identity.writable.getWriter();
  iw.write('same');
  iw.close();
  const ir = identity.readable.getReader();
  console.log(await ir.read(), await ir.read());
  try { new TransformStream({ readableType: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new TransformStream(3); } catch (e) { console.log(e.name, e.code, e.message); }
})();
