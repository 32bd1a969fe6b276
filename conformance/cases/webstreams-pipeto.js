// pipeTo(): chunks flow in order, the destination closes, and the event order with a sink.
'use strict';
const log = [];
const rs = new ReadableStream({
  start(c) { for (const x of ['a', 'b', 'c']) c.enqueue(x); c.close(); },
});
const ws = new WritableStream({
  write(chunk) { log.push(`write ${chunk}`); },
  close() { log.push('sink close'); },
});
rs.pipeTo(ws).then(() => {
  log.push(`pipe done locked=${rs.locked}/${ws.locked}`);
  console.log(log.join('\n'));
  console.log(rs, ws);
  return secondPipe();
});
async function secondPipe() {
  // A slow sink with highWaterMark 1: reads wait for the writer to be ready.
  const events = [];
  let i = 0;
  const src = new ReadableStream({
    pull(c) {
      events.push(`pull ${i}`);
      if (i < 4) c.enqueue(i++);
      else c.close();
    },
  }, { highWaterMark: 0 });
  const dst = new WritableStream({
    write(chunk) {
      events.push(`write ${chunk}`);
      return new Promise((r) => setTimeout(r, 2));
    },
    close() { events.push('close'); },
  });
  await src.pipeTo(dst);
  console.log(events.join(' '));
  const locked = new ReadableStream();
  locked.getReader();
  await locked.pipeTo(new WritableStream()).catch((e) => console.log(e.name, e.code, e.message));
  await new ReadableStream().pipeTo({}).catch((e) => console.log(e.name, e.code, e.message));
  await new ReadableStream().pipeTo(new WritableStream(), 5).catch((e) => console.log(e.name, e.code, e.message));
}
