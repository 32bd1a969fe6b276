const { EventEmitter, getEventListeners } = require('events');
const e = new EventEmitter();
function f() {}
e.on('a', f);
e.once('a', f);
console.log(getEventListeners(e, 'a').map((l) => l === f), getEventListeners(e, 'b'));
console.log(getEventListeners({ listeners: (t) => [`custom ${t}`] }, 'x'));
for (const v of [{}, 5, 'str', [], Object.create(null)]) {
  try {
    getEventListeners(v, 'a');
  } catch (err) {
    console.log(err.code, err.message);
  }
}
