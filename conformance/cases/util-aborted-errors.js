const { aborted } = require('util');
const report = (label) => (e) => console.log(label, `${e.name} [${e.code}] ${e.message}`);
const cases = [
  ['object signal', () => aborted({}, {})],
  ['undefined signal', () => aborted(undefined, {})],
  ['null signal', () => aborted(null, {})],
  ['string signal', () => aborted('x', {})],
  ['number resource', () => aborted(new AbortController().signal, 5)],
  ['null resource', () => aborted(new AbortController().signal, null)],
  ['missing resource', () => aborted(new AbortController().signal)],
];
(async () => {
  for (const [label, fn] of cases) {
    let p;
    try {
      p = fn();
    } catch (e) {
      console.log(label, 'threw synchronously', e.code);
      continue;
    }
    console.log(label, p instanceof Promise);
    await p.then(() => console.log(label, 'resolved'), report(label));
  }
  console.log(aborted.length);
})();
