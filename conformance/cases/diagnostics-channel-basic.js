// diagnostics_channel: channels by name, subscribe/unsubscribe/hasSubscribers, publish order,
// a throwing subscriber (rethrown later as uncaught), TracingChannel around sync, promise and
// callback work, and argument errors.
const dc = require('diagnostics_channel');
console.log(Object.keys(dc));
const ch = dc.channel('x');
console.log(ch, ch.name, ch.hasSubscribers, ch instanceof dc.Channel, dc.channel('x') === ch);
const onMessage = (m, n) => console.log('got', m, n);
dc.subscribe('x', onMessage);
console.log(ch.hasSubscribers, dc.hasSubscribers('x'), dc.hasSubscribers('never'), ch instanceof dc.Channel, ch.constructor.name);
ch.publish({ a: 1 });
console.log(dc.unsubscribe('x', onMessage), dc.unsubscribe('x', onMessage), ch.hasSubscribers);
const sym = Symbol('s');
dc.channel(sym).subscribe((m, n) => console.log('symbol channel', m, n === sym));
dc.channel(sym).publish(7);
const tc = dc.tracingChannel('t');
console.log(tc, Object.keys(tc), tc.start.name, tc.error.name);
tc.subscribe({
  start(m) { console.log('start', m); }, end(m) { console.log('end', Object.keys(m), m.result); },
  asyncStart(m) { console.log('asyncStart', Object.keys(m)); }, asyncEnd(m) { console.log('asyncEnd', Object.keys(m)); },
  error(m) { console.log('error', m.error.message); },
});
console.log(tc.traceSync((a) => a * 2, { ctx: 1 }, null, 21));
try { tc.traceSync(() => { throw new Error('sync boom'); }, { ctx: 'e' }); } catch (e) { console.log('caught', e.message); }
tc.tracePromise(async () => 'p', { ctx: 2 }).then((v) => console.log('promise', v));
tc.traceCallback((cb) => setTimeout(() => cb(null, 'cbv'), 1), 0, { ctx: 3 }, null, (e, v) => console.log('callback', e, v));
for (const bad of [() => dc.channel(1), () => ch.subscribe('nope'), () => dc.tracingChannel(5), () => tc.traceCallback(() => {}, 0, {}, null, 'x')]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
process.on('uncaughtException', (e) => console.log('uncaught from subscriber:', e.message));
const noisy = dc.channel('noisy');
noisy.subscribe(() => { throw new Error('subscriber failed'); });
noisy.subscribe(() => console.log('second subscriber still runs'));
noisy.publish('m');
console.log('publish returned');
