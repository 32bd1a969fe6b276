const { addAbortListener } = require('events');
function fakeSignal(aborted = false) {
  const listeners = new Set();
  return {
    aborted,
    addEventListener(type, fn, options) { console.log('add', type, options.once); listeners.add(fn); },
    removeEventListener(type, fn) { console.log('remove', type); listeners.delete(fn); },
    fire() { for (const fn of [...listeners]) fn({ type: 'abort' }); },
  };
}
const s = fakeSignal();
const disposable = addAbortListener(s, (e) => console.log('listener ran', e.type));
console.log(typeof disposable[Symbol.dispose], Object.getPrototypeOf(disposable));
s.fire();
disposable[Symbol.dispose]();
const pre = fakeSignal(true);
addAbortListener(pre, (...args) => console.log('pre-aborted listener', args.length));
console.log('sync after pre-aborted');
for (const args of [[], [{}, () => {}], [fakeSignal(), 'x'], [null, () => {}]]) {
  try {
    addAbortListener(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
