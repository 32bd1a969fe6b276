// timers/promises — when only unref'd promise timers are pending the process exits at once.
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
process.on('exit', (code) => console.log('exit', code));
sleep(3000, 'never', { ref: false }).then((v) => console.log('unref timeout resolved?', v));
immediate('imm-unref', { ref: false }).then((v) => console.log('unref immediate resolved?', v));
Promise.resolve().then(() => console.log('microtask still runs'));
console.log('sync end');
