// The main thread may block in Atomics.wait, as in Node (a browser's main thread may not).
const ia = new Int32Array(new SharedArrayBuffer(16));
const t = Date.now();
console.log(Atomics.wait(ia, 0, 0, 100), Date.now() - t >= 95);
console.log(Atomics.wait(ia, 0, 1, 100));
ia[1] = 5;
console.log(Atomics.wait(ia, 1, 5, 0));
console.log(Atomics.notify(ia, 0, 1));
try { Atomics.wait(new Int32Array(4), 0, 0, 1); } catch (e) { console.log(e.name, e.message); }
console.log(Atomics.waitAsync === undefined ? 'no waitAsync' : typeof Atomics.waitAsync);
