// String.prototype.match/matchAll/replace/replaceAll/search/split call the argument's
// @@match/@@matchAll/@@replace/@@search/@@split method when it has one (any object), with
// the string and the remaining arguments; undefined and null never dispatch.
'use strict';
const log = [];
const custom = {
  [Symbol.match](s) {
    log.push('match(' + s + ')');
    return 'M';
  },
  [Symbol.matchAll](s) {
    log.push('matchAll(' + s + ')');
    return 'MA';
  },
  [Symbol.replace](s, r) {
    log.push('replace(' + s + ',' + (typeof r === 'function' ? 'fn' : r) + ')');
    return 'R';
  },
  [Symbol.search](s) {
    log.push('search(' + s + ')');
    return 'S';
  },
  [Symbol.split](s, limit) {
    log.push('split(' + s + ',' + limit + ')');
    return 'SP';
  },
};
function run(label, fn) {
  log.length = 0;
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label.padEnd(36), r, log.join(' '));
}
// Without @@match the object is not IsRegExp, so matchAll and replaceAll skip the flags check.
const { [Symbol.match]: _m, ...noMatch } = custom;
run('match', () => 'abc'.match(custom));
run('matchAll (not IsRegExp)', () => 'abc'.matchAll(noMatch));
run('replaceAll (not IsRegExp)', () => 'abc'.replaceAll(noMatch, 'x'));
run('matchAll (IsRegExp, flags "g")', () => 'abc'.matchAll({ ...custom, flags: 'g' }));
run('replaceAll (IsRegExp, flags "g")', () => 'abc'.replaceAll({ ...custom, flags: 'gy' }, 'x'));
// IsRegExp with no flags property: TypeError.
run('matchAll', () => 'abc'.matchAll(custom));
run('replace', () => 'abc'.replace(custom, 'x'));
run('replace fn', () => 'abc'.replace(custom, () => 'x'));
run('replaceAll', () => 'abc'.replaceAll(custom, 'x'));
run('search', () => 'abc'.search(custom));
run('split', () => 'abc'.split(custom, 7));
run('split no limit', () => 'abc'.split(custom));
// The receiver is not converted before dispatch.
run('replace on a number', () => String.prototype.replace.call(12, custom, 'x'));
// undefined and null: no dispatch, RegExpCreate / string search instead.
run('match(undefined)', () => 'abc'.match(undefined)[0]);
run('match(null)', () => 'a null'.match(null)[0]);
run('search(undefined)', () => 'abc'.search(undefined));
run('split(undefined)', () => 'abc'.split(undefined));
run('replace(undefined)', () => 'undefined!'.replace(undefined, 'x'));
// A non-callable method is a TypeError; undefined/null methods fall back.
run('@@split undefined falls back', () => 'a,b'.split({ [Symbol.split]: undefined, toString: () => ',' }));
run('@@search null falls back', () => 'a,b'.search({ [Symbol.search]: null, toString: () => ',' }));
// Symbol methods are found through the prototype chain; a getter runs once.
run('inherited @@replace', () => 'abc'.replace(Object.create(custom), 'x'));
run('@@replace getter', () => {
  let n = 0;
  const o = {
    get [Symbol.replace]() {
      n++;
      return () => 'G';
    },
  };
  return ['abc'.replace(o, 'x'), n];
});
// RegExp.prototype's own methods can be swapped out.
run('RegExp.prototype[@@split] replaced', () => {
  const saved = RegExp.prototype[Symbol.split];
  RegExp.prototype[Symbol.split] = function (s, l) {
    return ['patched', s, l];
  };
  try {
    return 'a-b'.split(/-/, 3);
  } finally {
    RegExp.prototype[Symbol.split] = saved;
  }
});
