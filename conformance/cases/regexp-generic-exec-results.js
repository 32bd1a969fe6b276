// @@replace and @@match on results from a user exec: which properties of each result are
// read, in which order, and how they are coerced (length -> ToLength, 0 -> ToString, index ->
// ToIntegerOrInfinity clamped to the string, captures -> ToString unless undefined, groups ->
// ToObject unless undefined). All exec calls happen before any result is read.
'use strict';
const log = [];
function traced(name, obj) {
  return new Proxy(obj, {
    get(t, k) {
      if (typeof k === 'string') log.push(name + '.' + k);
      return t[k];
    },
  });
}
function withResults(results, global) {
  const re = global ? /x/g : /x/;
  let i = 0;
  re.exec = function () {
    log.push('exec');
    return i < results.length ? results[i++] : null;
  };
  return re;
}
function run(label, fn) {
  log.length = 0;
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label, '->', r);
  console.log('   ' + log.join(' '));
}
const v = (name, value) => ({
  valueOf() {
    log.push(name + '.valueOf');
    return value;
  },
  toString() {
    log.push(name + '.toString');
    return String(value);
  },
});

run('one result, all fields', () =>
  'abcdef'.replace(withResults([traced('r', { length: 3, 0: 'cd', 1: 'C', 2: undefined, index: 2, groups: undefined })]), '[$1|$2|$&]'));
run('two results, global', () =>
  'abcdef'.replace(withResults([
    traced('r1', { length: 1, 0: 'b', index: 1 }),
    traced('r2', { length: 1, 0: 'e', index: 4 }),
  ], true), '-'));
run('coercions', () =>
  'abcdef'.replace(withResults([
    traced('r', { length: v('len', 2), 0: v('m', 'cd'), 1: v('c1', 'X'), index: v('idx', 2) }),
  ]), '[$1]'));
run('index beyond the string', () => 'abc'.replace(withResults([{ length: 1, 0: 'z', index: 10 }]), '-'));
run('negative index', () => 'abc'.replace(withResults([{ length: 1, 0: 'z', index: -5 }]), '-'));
run('index 1.7, NaN', () => [
  'abc'.replace(withResults([{ length: 1, 0: 'b', index: 1.7 }]), '-'),
  'abc'.replace(withResults([{ length: 1, 0: 'b', index: NaN }]), '-'),
]);
run('match longer than the rest', () => 'abc'.replace(withResults([{ length: 1, 0: 'bcdef', index: 1 }]), '-'));
run('length missing / negative / huge', () => [
  'abc'.replace(withResults([{ 0: 'b', 1: 'B', index: 1 }]), '[$1]'),
  'abc'.replace(withResults([{ length: -1, 0: 'b', 1: 'B', index: 1 }]), '[$1]'),
  'abc'.replace(withResults([{ length: 3, 0: 'b', 1: 'B', index: 1 }]), '[$1|$2]'),
]);
run('overlapping results (global)', () =>
  'abcdef'.replace(withResults([{ length: 1, 0: 'bcd', index: 1 }, { length: 1, 0: 'c', index: 2 }, { length: 1, 0: 'e', index: 4 }], true), '-'));
run('results out of order (global)', () =>
  'abcdef'.replace(withResults([{ length: 1, 0: 'e', index: 4 }, { length: 1, 0: 'b', index: 1 }], true), '-'));
run('function replacer gets coerced values', () =>
  'abcdef'.replace(withResults([{ length: 3, 0: 4, 1: 5, 2: undefined, index: '2', groups: { n: 1 } }]),
    (...a) => JSON.stringify(a.map((x) => (x === undefined ? 'undef' : x)))));
run('@@match global collects ToString(result[0])', () =>
  'abc'.match(withResults([{ 0: 1 }, { 0: v('m', 'q') }], true)));
run('@@match global, empty match advances lastIndex', () => {
  const re = withResults([{ 0: '' }, { 0: '' }], true);
  const r = 'abc'.match(re);
  return [r, re.lastIndex];
});
