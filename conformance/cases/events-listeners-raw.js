const EventEmitter = require('events');
const e = new EventEmitter();
function f() {}
function g() {}
e.on('a', f);
e.once('a', g);
const ls = e.listeners('a');
const raw = e.rawListeners('a');
console.log(ls.map((l) => l.name), raw.map((l) => l.name), raw[1].listener === g);
ls.push(f);
console.log(e.listenerCount('a'));
console.log(e.listeners('missing'), e.rawListeners('missing'));
raw[1].listener = 'not a function';
console.log(e.listeners('a').map((l) => typeof l === 'function' ? l.name : l));
try {
  e.listeners(undefined);
} catch (err) {
  console.log('listeners(undefined) throws', err instanceof TypeError);
}
e.on(undefined, f);
console.log(e.listeners(undefined).map((l) => l.name));
