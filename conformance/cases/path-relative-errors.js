const path = require('path');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (const f of ['posix', 'win32']) {
  show(`${f} from`, () => path[f].relative(1, 'a'));
  show(`${f} to`, () => path[f].relative('a', null));
  show(`${f} both`, () => path[f].relative(undefined, undefined));
  show(`${f} same`, () => path[f].relative('same', 'same'));
}
