setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('nextTick 1'));
queueMicrotask(() => console.log('microtask'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('nextTick 2'));
console.log('sync');
