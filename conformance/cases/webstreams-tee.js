// tee(): both branches see every chunk; cancelling both cancels the source with both reasons.
'use strict';
(async () => {
  const log = [];
  const rs = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
  });
  const [b1, b2] = rs.tee();
  console.log(rs.locked, b1, b2);
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  r1.read().then((v) => log.push(`b1 ${JSON.stringify(v)}`));
  r2.read().then((v) => log.push(`b2 ${JSON.stringify(v)}`));
  r1.read().then((v) => log.push(`b1 ${JSON.stringify(v)}`));
  r1.read().then((v) => log.push(`b1 ${JSON.stringify(v)}`));
  r2.read().then((v) => log.push(`b2 ${JSON.stringify(v)}`));
  r2.read().then((v) => log.push(`b2 ${JSON.stringify(v)}`));
  await new Promise((r) => setTimeout(r, 5));
  console.log(log.join('\n'));

  const src = new ReadableStream({ cancel(reason) { console.log('source cancel', reason); } });
  const [c1, c2] = src.tee();
  c1.cancel('r1').then(() => console.log('c1 cancelled'));
  await new Promise((r) => setTimeout(r, 1));
  console.log('after one cancel');
  await c2.cancel('r2');
  console.log('c2 cancelled');

  let ctrl;
  const errs = new ReadableStream({ start(c) { ctrl = c; } });
  const [e1, e2] = errs.tee();
  ctrl.error(new Error('tee error'));
  await e1.getReader().closed.catch((e) => console.log('e1', e.message));
  await e2.getReader().read().catch((e) => console.log('e2', e.message));

  const same = {};
  const [s1, s2] = new ReadableStream({ start(c) { c.enqueue(same); c.close(); } }).tee();
  const x1 = await s1.getReader().read();
  const x2 = await s2.getReader().read();
  console.log('same object', x1.value === same, x2.value === same);
})();
