// pipeTo() error propagation: source error aborts the destination, destination error cancels
// the source, and the prevent* options.
'use strict';
async function run(label, makeSource, makeSink, options) {
  const log = [];
  const rs = makeSource(log);
  const ws = makeSink(log);
  await rs.pipeTo(ws, options).then(() => log.push('resolved'), (e) => log.push(`rejected ${e.message ?? e}`));
  console.log(`${label}: ${log.join(', ')} | ${rs[Symbol.for('nodejs.util.inspect.custom')] ? '' : ''}`);
  console.log(' ', rs, ws);
}
const erroringSource = (log) => new ReadableStream({
  start(c) { c.enqueue(1); setTimeout(() => c.error(new Error('source broke')), 2); },
  cancel(r) { log.push(`source cancel ${r.message}`); },
});
const endlessSource = (log) => new ReadableStream({
  pull(c) { c.enqueue('x'); return new Promise((r) => setTimeout(r, 1)); },
  cancel(r) { log.push(`source cancel ${r.message}`); },
});
const closingSource = () => new ReadableStream({ start(c) { c.enqueue('only'); c.close(); } });
const sink = (log) => new WritableStream({
  write(ch) { log.push(`write ${ch}`); },
  close() { log.push('sink close'); },
  abort(r) { log.push(`sink abort ${r.message}`); },
});
const failingSink = (log) => new WritableStream({
  write(ch) { log.push(`write ${ch}`); throw new Error('sink broke'); },
  abort(r) { log.push('never'); },
});
(async () => {
  await run('source error', erroringSource, sink);
  await run('source error preventAbort', erroringSource, sink, { preventAbort: true });
  await run('dest error', endlessSource, failingSink);
  await run('dest error preventCancel', endlessSource, failingSink, { preventCancel: true });
  await run('close', closingSource, sink);
  await run('close preventClose', closingSource, sink, { preventClose: true });
  const closedSink = (log) => { const w = new WritableStream(); w.close(); return w; };
  await run('dest closed', endlessSource, closedSink);
})();
