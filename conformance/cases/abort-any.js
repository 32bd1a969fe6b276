// AbortSignal.any([...]) — follows the first signal to abort, already-aborted inputs, validation.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log(any.aborted, any !== a.signal, any instanceof AbortSignal);
const log = [];
any.addEventListener('abort', () => log.push(`any:${any.reason}`));
a.signal.addEventListener('abort', () => log.push('a'));
b.abort('b-reason');
a.abort('a-reason');
console.log(log, any.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre'), AbortSignal.abort('pre2')]);
console.log('pre-aborted', pre.aborted, pre.reason);
const empty = AbortSignal.any([]);
console.log('empty', empty.aborted, empty.reason);
const c = new AbortController();
const nested = AbortSignal.any([AbortSignal.any([c.signal])]);
c.abort();
console.log('nested', nested.aborted, nested.reason.name, nested.reason === c.signal.reason);
const d = new AbortController();
const dup = AbortSignal.any([d.signal, d.signal]);
let count = 0;
dup.onabort = () => count++;
d.abort();
console.log('duplicate input fires once:', count);
try {
  const fromSet = AbortSignal.any(new Set([AbortSignal.abort('from-set')]));
  console.log('iterable accepted', fromSet.reason);
} catch (e) {
  console.log('iterable', e.name, e.code, e.message);
}
const tm = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(5)]);
setTimeout(() => console.log('with timeout', tm.aborted, tm.reason.name), 40);
for (const bad of [undefined, null, 5, 'str', [1], [{}], [null], [new EventTarget()]]) {
  try {
    AbortSignal.any(bad);
    console.log('accepted', String(bad));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
