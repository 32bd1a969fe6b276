const timers = require('timers');
const nodeTimers = require('node:timers');
console.log(timers === nodeTimers);
console.log(['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'].map((n) => typeof timers[n]).join(' '));
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate);
timers.setTimeout((x) => {
  console.log('via timers module', x);
  timers.setImmediate(() => console.log('immediate via timers'));
}, 1, 'ok');
const t = timers.setTimeout(() => console.log('never'), 1);
timers.clearTimeout(t);
