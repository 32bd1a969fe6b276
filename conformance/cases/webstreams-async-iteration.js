// for await over a ReadableStream, early break (cancels), preventCancel, and values().
'use strict';
(async () => {
  const log = [];
  const make = () => new ReadableStream({
    start(c) { for (let i = 0; i < 5; i++) c.enqueue(i); c.close(); },
    cancel(r) { log.push(`cancel ${r}`); },
  });
  const all = [];
  for await (const v of make()) all.push(v);
  console.log(all);

  const rs = make();
  for await (const v of rs) {
    log.push(`got ${v}`);
    if (v === 1) break;
  }
  log.push(`locked after break ${rs.locked}`);

  const rs2 = make();
  for await (const v of rs2.values({ preventCancel: true })) {
    log.push(`pc ${v}`);
    if (v === 1) break;
  }
  log.push(`locked ${rs2.locked}`);
  const rest = [];
  for await (const v of rs2) rest.push(v);
  log.push(`rest ${rest}`);
  console.log(log.join('\n'));

  const it = make().values();
  const results = await Promise.all([it.next(), it.next(), it.return('stop'), it.next()]);
  console.log(results);
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);

  const failing = new ReadableStream({ start(c) { c.enqueue('ok'); c.error(new Error('mid')); } });
  try {
    for await (const v of failing) console.log('value', v);
  } catch (e) {
    console.log('caught', e.message, failing.locked);
  }
  const locked = new ReadableStream();
  locked.getReader();
  try { locked.values(); } catch (e) { console.log(e.name, e.code, e.message); }
})();
