// Errors: controller.error(), a throwing start/pull, reads after errors and lock errors.
'use strict';
const { ReadableStream } = require('stream/web');
const show = (label) => (e) => console.log(label, e instanceof Error ? `${e.name} ${e.code} ${e.message}` : e);
(async () => {
  const rs1 = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('boom')); } });
  const r1 = rs1.getReader();
  await r1.read().then((v) => console.log('read', v), show('read1'));
  await r1.closed.catch(show('closed1'));

  const rs2 = new ReadableStream({ pull() { throw new TypeError('pull failed'); } });
  await rs2.getReader().read().catch(show('read2'));
  console.log(rs2);

  try { new ReadableStream({ start() { throw new RangeError('start failed'); } }); } catch (e) { show('ctor')(e); }

  const rs3 = new ReadableStream({ start() { return Promise.reject(new Error('async start')); } });
  await rs3.getReader().closed.catch(show('closed3'));

  const rs4 = new ReadableStream();
  rs4.getReader();
  try { rs4.getReader(); } catch (e) { show('lock')(e); }
  await rs4.cancel().catch(show('cancel locked'));
  try { rs4.tee(); } catch (e) { show('tee')(e); }
  try { new ReadableStream(5); } catch (e) { show('source')(e); }
  try { new ReadableStream({ type: 'nope' }); } catch (e) { show('type')(e); }
  try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { show('hwm')(e); }
  try { new ReadableStream({}, { size: 3 }); } catch (e) { show('size')(e); }
  try { new ReadableStream().getReader({ mode: 'x' }); } catch (e) { show('mode')(e); }
  try { ReadableStream.prototype.getReader.call({}); } catch (e) { show('this')(e); }
  await ReadableStream.prototype.cancel.call({}).catch(show('this cancel'));
  let ctrl;
  new ReadableStream({ start(c) { ctrl = c; } });
  ctrl.close();
  try { ctrl.enqueue(1); } catch (e) { show('enqueue closed')(e); }
  try { ctrl.close(); } catch (e) { show('close closed')(e); }
  const { ReadableStreamDefaultController } = require('stream/web');
  try { new ReadableStreamDefaultController(); } catch (e) { show('illegal')(e); }
  const released = new ReadableStream().getReader();
  released.releaseLock();
  await released.read().catch(show('released read'));
  await released.closed.catch(show('released closed'));
})();
