const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('error', (err) => console.log('error event:', err.message));
e.on('job', async (n) => {
  console.log('job started', n);
  throw new Error(`job ${n} failed`);
});
e.on('job', () => Promise.resolve('ok'));
e.on('job', () => ({ then: 5 }));
console.log('emit returned', e.emit('job', 1));
process.nextTick(() => console.log('nextTick after emit'));
Promise.resolve().then(() => console.log('microtask after emit'));
const plain = new EventEmitter();
plain.on('job', () => Promise.reject(new Error('not captured')).catch((err) => console.log('user caught', err.message)));
plain.emit('job');
const getterThrows = new EventEmitter({ captureRejections: true });
getterThrows.on('error', (err) => console.log('then getter error:', err.message));
getterThrows.on('x', () => ({ get then() { throw new Error('bad then'); } }));
console.log(getterThrows.emit('x'));
