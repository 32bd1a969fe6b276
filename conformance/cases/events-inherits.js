const EventEmitter = require('events');
const util = require('util');
function Stream() {
  EventEmitter.call(this);
}
util.inherits(Stream, EventEmitter);
const s = new Stream();
s.on('data', (d) => console.log('data', d));
s.emit('data', 'chunk');
console.log(s instanceof EventEmitter, s.getMaxListeners(), Object.keys(s));
const raw = Object.create(EventEmitter.prototype);
raw.on('x', () => console.log('lazy _events works'));
raw.emit('x');
console.log(Object.keys(raw));
