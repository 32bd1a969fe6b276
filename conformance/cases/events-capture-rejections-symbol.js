const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'));
class Special extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
  }

  [captureRejectionSymbol](err, type, ...args) {
    console.log('rejection handler:', err.message, type, args);
  }
}
const s = new Special();
s.on('go', async () => {
  throw new Error('async failure');
});
s.emit('go', 'a', 'b');
console.log('after emit');
