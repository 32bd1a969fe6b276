const EventEmitter = require('events');
const e = new EventEmitter();
function handler(v) { console.log('once handler', v, this === e); }
e.once('x', handler);
console.log(e.listenerCount('x'), e.listeners('x')[0] === handler, e.rawListeners('x')[0] === handler);
console.log(e.rawListeners('x')[0].listener === handler, e.rawListeners('x')[0].name);
e.emit('x', 1);
e.emit('x', 2);
console.log(e.listenerCount('x'));
e.once('y', handler);
e.removeListener('y', handler);
console.log(e.listenerCount('y'), e.eventNames());
e.once('z', () => { console.log('z once, re-emit'); e.emit('z'); });
e.emit('z');
const raw = (() => { e.once('w', function w() { console.log('w called', arguments.length); }); return e.rawListeners('w')[0]; })();
raw();
raw();
console.log(e.listenerCount('w'));
