const et = new EventTarget();
process.on('warning', (w) => console.log('warning', w.name, w.message, w.type, w.target === et));
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    // (The engine words its own TypeErrors differently: print the message of Node errors only.)
    console.log(label, err.name, err.code, err.code ? err.message : '');
  }
}
attempt('add no args', () => et.addEventListener());
attempt('add one arg', () => et.addEventListener('x'));
attempt('add null', () => et.addEventListener('x', null));
attempt('add undefined', () => et.addEventListener('x', undefined));
for (const v of [1, 'str', true]) attempt(`add ${typeof v}`, () => et.addEventListener('x', v));
attempt('add symbol type', () => et.addEventListener(Symbol('t'), () => {}));
attempt('remove no args', () => et.removeEventListener());
attempt('remove one arg', () => et.removeEventListener('x'));
attempt('remove null', () => et.removeEventListener('x', null));
attempt('remove number', () => et.removeEventListener('x', 1));
attempt('remove unknown', () => et.removeEventListener('nope', () => {}));
attempt('dispatch none', () => et.dispatchEvent());
attempt('dispatch object', () => et.dispatchEvent({ type: 'x' }));
attempt('dispatch string', () => et.dispatchEvent('x'));
for (const m of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  attempt(`${m} wrong this`, () => EventTarget.prototype[m].call({}, 'x', () => {}));
}
attempt('EventTarget without new', () => EventTarget());
