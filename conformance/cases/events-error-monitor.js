const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
console.log(String(errorMonitor), errorMonitor === require('events').errorMonitor);
const e = new EventEmitter();
e.on(errorMonitor, (err, extra) => console.log('monitor saw', err.message, extra));
try {
  e.emit('error', new Error('first'), 'extra arg');
} catch (err) {
  console.log('still thrown', err.message);
}
e.on('error', (err) => console.log('handler', err.message));
console.log(e.emit('error', new Error('second')));
console.log(e.eventNames());
