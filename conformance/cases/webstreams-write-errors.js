// WritableStream errors: abort with pending writes, a failing sink write, controller.error(),
// close while erroring, and the error messages.
'use strict';
const show = (label) => (e) => console.log(label, e instanceof Error ? `${e.name} ${e.code} ${e.message}` : e);
(async () => {
  const log = [];
  const ws = new WritableStream({
    write(chunk, c) { log.push(`write ${chunk}`); return new Promise((r) => setTimeout(r, 5)); },
    abort(reason) { log.push(`sink abort ${reason}`); },
    close() { log.push('never closes'); },
  });
  const w = ws.getWriter();
  w.write(1).then(() => log.push('w1 ok'), (e) => log.push(`w1 ${e}`));
  w.write(2).then(() => log.push('w2 ok'), (e) => log.push(`w2 ${e}`));
  w.abort('stop').then(() => log.push('abort resolved'));
  w.closed.catch((e) => log.push(`closed rejected ${e}`));
  w.ready.catch((e) => log.push(`ready rejected ${e}`));
  await new Promise((r) => setTimeout(r, 20));
  console.log(log.join('\n'));
  console.log(ws);

  const ws2 = new WritableStream({ write() { throw new Error('sink failed'); } });
  const w2 = ws2.getWriter();
  await w2.write('x').catch(show('write'));
  await w2.closed.catch(show('closed'));
  await w2.write('y').catch(show('write after'));
  console.log(ws2);

  let ctrl;
  const ws3 = new WritableStream({ start(c) { ctrl = c; } });
  const w3 = ws3.getWriter();
  ctrl.error(new Error('controller error'));
  console.log(w3.desiredSize);
  await w3.closed.catch(show('w3 closed'));
  await w3.close().catch(show('w3 close'));

  try { new WritableStream(1); } catch (e) { show('sink')(e); }
  try { new WritableStream({ type: 'bytes' }); } catch (e) { show('type')(e); }
  const ws4 = new WritableStream();
  ws4.getWriter();
  try { ws4.getWriter(); } catch (e) { show('locked')(e); }
  await ws4.abort().catch(show('abort locked'));
  await ws4.close().catch(show('close locked'));
  const ws5 = new WritableStream({ start(c) { ctrl = c; } });
  console.log('signal', ctrl.signal.aborted);
  await ws5.abort(new Error('why'));
  console.log('signal', ctrl.signal.aborted, ctrl.signal.reason.message);
})();
