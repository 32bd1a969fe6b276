// pipeTo() with an AbortSignal: aborting mid-pipe, an already-aborted signal, and preventAbort.
'use strict';
(async () => {
  const log = [];
  const ac = new AbortController();
  let n = 0;
  const rs = new ReadableStream({
    pull(c) { c.enqueue(n++); return new Promise((r) => setTimeout(r, 1)); },
    cancel(r) { log.push(`cancel ${r.name}`); },
  });
  const ws = new WritableStream({
    write(ch) { if (ch === 2) ac.abort(); },
    abort(r) { log.push(`abort ${r.name} ${r.message}`); },
  });
  await rs.pipeTo(ws, { signal: ac.signal }).catch((e) => log.push(`rejected ${e.name} ${e.message}`));
  console.log(log.join('\n'));
  console.log(rs, ws);

  const ac2 = new AbortController();
  ac2.abort(new Error('custom reason'));
  const log2 = [];
  const rs2 = new ReadableStream({ cancel(r) { log2.push(`cancel ${r.message}`); } });
  const ws2 = new WritableStream({ abort(r) { log2.push(`abort ${r.message}`); } });
  await rs2.pipeTo(ws2, { signal: ac2.signal, preventAbort: true }).catch((e) => log2.push(`rejected ${e.message}`));
  console.log(log2.join('\n'));
  console.log(rs2, ws2);
  await new ReadableStream().pipeTo(new WritableStream(), { signal: 'x' }).catch((e) => console.log(e.name, e.code, e.message));
})();
