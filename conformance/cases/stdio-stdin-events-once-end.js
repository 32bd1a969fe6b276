// events.once(process.stdin, 'end') after consuming 100 KB via async iteration of stdin.
const { once } = require('events');
(async () => {
  const endP = once(process.stdin, 'end');
  let n = 0;
  for await (const chunk of process.stdin) n += chunk.length;
  console.log('iterated', n);
  const res = await Promise.race([endP.then(() => 'end resolved'), new Promise((r) => setTimeout(() => r('timeout'), 500))]);
  console.log(res);
})();
