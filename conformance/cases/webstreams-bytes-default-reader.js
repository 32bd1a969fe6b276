// Byte streams read with a default reader: enqueue transfers the buffer, chunks come out as
// Uint8Array views, and the errors of enqueue().
'use strict';
const show = (label) => (e) => console.log(label, `${e.name} ${e.code} ${e.message}`);
(async () => {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  console.log(rs, ctrl, ctrl.byobRequest, ctrl.desiredSize);
  const chunk = new Uint8Array([1, 2, 3, 4]);
  ctrl.enqueue(chunk);
  console.log('transferred', chunk.byteLength, chunk.buffer.byteLength, ctrl.desiredSize);
  ctrl.enqueue(new Uint16Array([0x0102, 0x0304]).subarray(1));
  const reader = rs.getReader();
  const a = await reader.read();
  console.log(a.value, a.value.constructor.name, a.done);
  const b = await reader.read();
  console.log(b.value, b.value.byteOffset, b.value.buffer.byteLength);
  const pending = reader.read();
  ctrl.enqueue(new Uint8Array([9]));
  console.log(await pending);
  ctrl.close();
  console.log(await reader.read());
  try { ctrl.enqueue(new Uint8Array(1)); } catch (e) { show('enqueue closed')(e); }
  try { ctrl.close(); } catch (e) { show('close closed')(e); }
  new ReadableStream({ type: 'bytes', start(c) { try { c.enqueue('str'); } catch (e) { show('enqueue string')(e); } } });
  new ReadableStream({ type: 'bytes', start(c) { try { c.enqueue(new Uint8Array(0)); } catch (e) { show('enqueue empty')(e); } } });
  try { new ReadableStream({ type: 'bytes' }, { size() { return 1; } }); } catch (e) { show('size')(e); }
  try { new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }); } catch (e) { show('auto')(e); }
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { show('byob on default')(e); }
})();
