// autoAllocateChunkSize: default-reader reads on a byte stream get a byobRequest to fill.
'use strict';
(async () => {
  const log = [];
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 6,
    pull(c) {
      const req = c.byobRequest;
      log.push(`pull view=${req.view.byteLength}`);
      if (n === 2) {
        c.close();
        req.respond(0);
        return;
      }
      req.view.set([n, n + 1, n + 2].slice(0, 2 + n));
      req.respond(2 + n);
      n++;
    },
  });
  const reader = rs.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    log.push(`read ${value.constructor.name} ${[...value]} buffer=${value.buffer.byteLength}`);
  }
  console.log(log.join('\n'));
  console.log(rs);
})();
