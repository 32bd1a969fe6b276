const log = [];
queueMicrotask(() => log.push('qm1'));
Promise.resolve().then(() => log.push('p1'));
queueMicrotask(() => log.push('qm2'));
process.nextTick(() => log.push('tick'));
setTimeout(() => console.log(log.join(' ')), 0);
console.log(typeof queueMicrotask, queueMicrotask.length);
queueMicrotask(() => { throw new Error('thrown in microtask'); });
process.on('uncaughtException', (e) => console.log('uncaught from microtask:', e.message));
