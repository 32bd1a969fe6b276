// EventEmitter: emit 1,000,000 times to 3 listeners.
const EventEmitter = require('events');
const emitter = new EventEmitter();
let count = 0;
emitter.on('tick', (n) => { count += n; });
emitter.on('tick', () => { count++; });
emitter.on('tick', (n, m) => { count += m; });
for (let i = 0; i < 1000000; i++) emitter.emit('tick', 1, 2);
console.log(count);
