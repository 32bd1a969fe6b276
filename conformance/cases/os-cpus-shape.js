// node:os — cpus(), networkInterfaces(), loadavg(), memory and parallelism: shapes only.
const os = require('os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.every((c) => typeof c === 'object'));
console.log(Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(typeof cpus[0].model, typeof cpus[0].speed, Object.values(cpus[0].times).map((v) => typeof v));
console.log(cpus.every((c) => Object.keys(c).join() === 'model,speed,times'));
console.log(os.cpus() !== cpus);
const ni = os.networkInterfaces();
console.log(typeof ni, Array.isArray(ni), Object.values(ni).every(Array.isArray));
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.map((v) => typeof v), la.every((v) => v >= 0));
const ap = os.availableParallelism();
console.log(typeof ap, Number.isInteger(ap), ap >= 1);
console.log(typeof os.totalmem(), typeof os.freemem(), os.totalmem() >= os.freemem(), Number.isInteger(os.totalmem()));
console.log(typeof os.uptime(), os.uptime() > 0);
