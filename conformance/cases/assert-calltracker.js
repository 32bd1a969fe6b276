'use strict';
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: ok`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(e.message);
  }
}

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const tracker = new assert.CallTracker();
console.log(assert.CallTracker.name);
const f = tracker.calls(function foo(x) { return x * 2; }, 2);
const g = tracker.calls();
console.log(f(3), f.name, g.name);
g.call({ t: 1 }, 'a', 'b');
console.log(JSON.stringify(tracker.getCalls(f)), JSON.stringify(tracker.getCalls(g)));
console.log(Object.isFrozen(tracker.getCalls(f)[0]));
for (const r of tracker.report()) console.log(r.message, r.actual, r.expected, r.operator, typeof r.stack);
try {
  tracker.verify();
} catch (e) {
  console.log(e.name, e.message, Object.keys(e).join('|'));
}
f(1);
tracker.verify();
console.log('verified');
tracker.reset(f);
console.log(tracker.getCalls(f).length);
const h = tracker.calls(() => {}, 3);
h();
try {
  tracker.verify();
} catch (e) {
  console.log(e.message);
  console.log(e['message 0']);
  console.log(e['message 1']);
}
for (const bad of [() => tracker.getCalls(() => {}), () => tracker.calls(() => {}, 0), () => tracker.calls(() => {}, 1.5), () => tracker.calls(() => {}, 'x')]) {
  try {
    bad();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
setTimeout(() => console.log('done'), 10);
