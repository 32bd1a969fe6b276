// timers/promises — { ref: false } timers do not keep the process alive, but do fire while it is alive.
// (When an unref'd immediate runs relative to timers is not fixed in node, so only whether it ran is printed.)
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('timers/promises');
const timers = [];
let immediateRan = false;
process.on('exit', (code) => console.log('exit', code, timers, 'unref immediate ran:', immediateRan));
sleep(10000, 'never', { ref: false }).then((v) => console.log('unref timeout resolved?', v));
(async () => {
  for await (const v of every(10000, 'never', { ref: false })) console.log('unref interval?', v);
})();
sleep(50, 'refd', { ref: true }).then((v) => timers.push(v));
immediate('imm-unref', { ref: false }).then(() => { immediateRan = true; });
sleep(20, 'short-unref', { ref: false }).then((v) => timers.push(v));
console.log('sync end');
