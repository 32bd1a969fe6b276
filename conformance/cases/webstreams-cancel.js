// Cancelling: stream.cancel(), reader.cancel() with pending reads, and the source's cancel().
'use strict';
const log = [];
const rs = new ReadableStream({
  start(c) { c.enqueue('x'); },
  cancel(reason) { log.push(`source cancel: ${reason}`); return new Promise((r) => setTimeout(r, 5)).then(() => log.push('source cancel done')); },
});
const reader = rs.getReader();
reader.read().then((r) => log.push(`read1 ${JSON.stringify(r)}`));
reader.read().then((r) => log.push(`read2 ${JSON.stringify(r)}`));
reader.closed.then(() => log.push('closed'));
reader.cancel('because').then((v) => log.push(`cancel resolved ${v}`));
reader.read().then((r) => log.push(`read3 ${JSON.stringify(r)}`));
const rs2 = new ReadableStream({ cancel() { throw new Error('cancel threw'); } });
rs2.cancel().catch((e) => log.push(`rs2 cancel rejected: ${e.message}`));
const rs3 = new ReadableStream({ start(c) { c.close(); }, cancel() { log.push('never'); } });
rs3.cancel().then(() => log.push('rs3 cancel of closed stream'));
const rs4 = new ReadableStream({ start(c) { c.error(new Error('E')); } });
rs4.cancel().catch((e) => log.push(`rs4 cancel errored: ${e.message}`));
setTimeout(() => console.log(log.join('\n')), 30);
