import EventEmitter, { once, on, errorMonitor, getEventListeners, setMaxListeners } from 'node:events';
import * as ns from 'events';
const e = new EventEmitter();
const p = once(e, 'go');
e.emit('go', 42);
console.log(await p, typeof on, String(errorMonitor), getEventListeners(e, 'go'), typeof setMaxListeners);
console.log(ns.default === EventEmitter, ns.EventEmitter === EventEmitter, Object.keys(ns).sort());
