process.nextTick((a, b, c) => console.log('args:', a, b, c), 1, 'two', [3]);
process.nextTick(function () { console.log('sloppy this in nextTick is globalThis:', this === globalThis); });
try { process.nextTick('nope'); } catch (e) { console.log(e.name, e.code); }
process.nextTick(console.log, 'console.log directly');
console.log('sync');
