// A non-writable lastIndex: which operations write it (and so throw a TypeError) and which
// do not. Only the error's name is printed (its message is the engine's wording of a failed
// [[Set]]).
'use strict';
function frozen(src, flags, value) {
  const re = new RegExp(src, flags);
  Object.defineProperty(re, 'lastIndex', { writable: false, value });
  return re;
}
function run(label, fn) {
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name;
  }
  console.log(label.padEnd(40), r);
}
for (const flags of ['', 'g', 'y']) {
  console.log('-- flags', JSON.stringify(flags));
  run('exec match', () => frozen('a', flags, 0).exec('a') !== null);
  run('exec no match', () => frozen('x', flags, 0).exec('a'));
  run('exec lastIndex beyond', () => frozen('a', flags, 5).exec('a'));
  run('test match', () => frozen('a', flags, 0).test('a'));
  run('test no match', () => frozen('x', flags, 0).test('a'));
  run('match', () => 'a'.match(frozen('a', flags, 0)));
  run('match no match', () => 'a'.match(frozen('x', flags, 0)));
  run('replace', () => 'a'.replace(frozen('a', flags, 0), '-'));
  run('replace no match', () => 'a'.replace(frozen('x', flags, 0), '-'));
  run('search (lastIndex 0)', () => 'ba'.search(frozen('a', flags, 0)));
  run('search (lastIndex 1)', () => 'ba'.search(frozen('a', flags, 1)));
  run('split', () => 'a-b'.split(frozen('-', flags, 0)));
  run('matchAll', () => [...'aa'.matchAll(frozen('a', flags + (flags === 'g' ? '' : 'g'), 0))].length);
}
