const { aborted } = require('util');
const ac = new AbortController();
const resource = {};
const p = aborted(ac.signal, resource);
console.log(p instanceof Promise);
p.then((v) => console.log('aborted', typeof v, v && v.type, ac.signal.reason.name));
aborted(AbortSignal.abort(), resource).then((v) => console.log('pre-aborted', v));
aborted(ac.signal, () => {}).then(() => console.log('function resource'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'))
  .then(() => console.log('tick 3')).then(() => console.log('tick 4'));
console.log('before abort');
ac.abort();
console.log('after abort');
const never = new AbortController();
aborted(never.signal, {}).then(() => console.log('never printed'));
setTimeout(() => console.log('done'), 5);
