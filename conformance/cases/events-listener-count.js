const EventEmitter = require('events');
const e = new EventEmitter();
function f() {}
function g() {}
e.on('a', f);
e.on('a', f);
e.once('a', g);
console.log(e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('a', g), e.listenerCount('a', () => {}));
console.log(e.listenerCount('a', null), e.listenerCount('a', undefined), e.listenerCount('b'), e.listenerCount('b', f));
e.on('single', g);
console.log(e.listenerCount('single', g), e.listenerCount('single', f));
console.log(EventEmitter.listenerCount(e, 'a'), EventEmitter.listenerCount({ listenerCount: (t) => `custom ${t}` }, 'q'));
console.log(EventEmitter.listenerCount({ _events: { x: [1, 2, 3] } }, 'x'));
