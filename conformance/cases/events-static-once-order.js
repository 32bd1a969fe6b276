const { EventEmitter, once } = require('events');
const e = new EventEmitter();
once(e, 'x').then((v) => console.log('once resolved', v));
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2'))
  .then(() => console.log('micro 3')).then(() => console.log('micro 4'));
e.emit('x', 'v');
process.nextTick(() => console.log('nextTick'));
console.log('sync');
