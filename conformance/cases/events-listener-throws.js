const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('first'));
e.on('x', () => { throw new Error('listener failed'); });
e.on('x', () => console.log('never reached'));
try {
  e.emit('x');
} catch (err) {
  console.log('emit threw', err.message);
}
console.log(e.listenerCount('x'));
e.once('y', () => { throw new Error('once failed'); });
try {
  e.emit('y');
} catch (err) {
  console.log('once threw', err.message, e.listenerCount('y'));
}
