const EventEmitter = require('events');
const e = new EventEmitter();
for (const v of [undefined, null, 1, 'str', {}, [], true, 10n, Symbol('s')]) {
  for (const method of ['on', 'once', 'prependListener', 'prependOnceListener', 'removeListener']) {
    try {
      e[method]('x', v);
      console.log(method, 'ok');
    } catch (err) {
      console.log(method, err.name, err.code, err.message);
    }
  }
}
