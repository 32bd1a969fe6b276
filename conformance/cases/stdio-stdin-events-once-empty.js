// Empty stdin: 'end' fires without any 'data'; events.once resolves with [].
const { once } = require('events');
let data = 0;
process.stdin.on('data', () => data++);
(async () => {
  const args = await once(process.stdin, 'end');
  console.log('end args', JSON.stringify(args), 'data events', data);
  console.log('readableEnded', process.stdin.readableEnded);
  await once(process.stdin, 'close');
  console.log('close');
})();
