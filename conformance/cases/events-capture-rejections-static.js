const EventEmitter = require('events');
console.log(EventEmitter.captureRejections);
for (const v of [1, 'yes', null, undefined]) {
  try {
    EventEmitter.captureRejections = v;
  } catch (err) {
    console.log(err.code, err.message);
  }
}
for (const v of [1, 'yes', {}]) {
  try {
    new EventEmitter({ captureRejections: v });
  } catch (err) {
    console.log(err.code, err.message);
  }
}
EventEmitter.captureRejections = true;
const e = new EventEmitter();
e.on('error', (err) => console.log('captured globally:', err.message));
e.on('x', async () => {
  throw new Error('global capture');
});
e.emit('x');
EventEmitter.captureRejections = false;
console.log(EventEmitter.captureRejections, new EventEmitter({ captureRejections: true }).listenerCount('x'));
