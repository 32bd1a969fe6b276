const EventEmitter = require('events');
process.on('warning', (w) => console.log(w.message));
class MyEmitter extends EventEmitter {}
const m = new MyEmitter();
m.setMaxListeners(1);
m.on('a', () => {});
m.on('a', () => {});
const obj = Object.create(null);
EventEmitter.call(obj);
obj._maxListeners = 1;
EventEmitter.prototype.on.call(obj, 'n', () => {});
EventEmitter.prototype.on.call(obj, 'n', () => {});
function Legacy() { EventEmitter.call(this); }
require('util').inherits(Legacy, EventEmitter);
const l = new Legacy().setMaxListeners(1);
l.on(42, () => {});
l.on(42, () => {});
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
d.on('def', () => {});
d.on('def', () => {});
