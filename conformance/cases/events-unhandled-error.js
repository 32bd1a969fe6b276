const EventEmitter = require('events');
const e = new EventEmitter();
const err = new Error('boom');
try {
  e.emit('error', err);
} catch (caught) {
  console.log(caught === err, caught.message);
}
try {
  e.emit('error');
} catch (caught) {
  console.log(caught.name, caught.code, caught.message, caught.context, Object.keys(caught));
}
e.on('error', (x) => console.log('handled', x));
console.log(e.emit('error', 'fine'));
const bare = Object.create(EventEmitter.prototype);
try {
  bare.emit('error', 'no events object');
} catch (caught) {
  console.log(caught.code, caught.message);
}
console.log(bare.emit('other'));
