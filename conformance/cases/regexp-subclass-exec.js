// A RegExp subclass that overrides exec: every method that goes through RegExpExec calls it
// (test, @@match, @@matchAll, @@replace, @@search, @@split via the species constructor).
'use strict';
const log = [];
class Logged extends RegExp {
  constructor(source, flags) {
    super(source, flags);
    log.push(`new(${JSON.stringify(flags)})`);
  }
  exec(s) {
    const r = super.exec(s);
    log.push(`exec@${this.lastIndex}->${r ? r.index : 'null'}`);
    return r;
  }
}
class Shouting extends RegExp {
  exec(s) {
    const r = super.exec(s);
    if (r) r[0] = r[0].toUpperCase();
    return r;
  }
}
function run(label, fn) {
  log.length = 0;
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label.padEnd(30) + ' -> ' + r);
  if (log.length) console.log('   ' + log.join(' '));
}

run('test', () => new Logged('b', 'g').test('abcb'));
run('match /b/', () => 'abcb'.match(new Logged('b')));
run('match /b/g', () => 'abcb'.match(new Logged('b', 'g')));
run('matchAll /b/g', () => [...'abcb'.matchAll(new Logged('b', 'g'))].map((m) => m.index));
run('replace /b/g', () => 'abcb'.replace(new Logged('b', 'g'), '[$&]'));
run('replace /b/g fn', () =>
  'abcb'.replace(new Logged('b', 'g'), (m, off) => {
    log.push('fn@' + off);
    return m + m;
  }));
run('replaceAll /b/g', () => 'abcb'.replaceAll(new Logged('b', 'g'), '-'));
run('search /c/', () => 'abcb'.search(new Logged('c')));
run('split /c/', () => 'abcb'.split(new Logged('c')));
run('split /c/ limit 1', () => 'abcb'.split(new Logged('c'), 1));
run('split "" /x/', () => ''.split(new Logged('x')));
run('instanceof after split', () => {
  let made;
  class Keep extends RegExp {
    constructor(s, f) {
      super(s, f);
      made = this;
    }
  }
  'a,b'.split(new Keep(','));
  return [made instanceof Keep, made.flags, made.source];
});
// A subclass exec that changes the match: @@replace and @@match use what exec returned.
run('Shouting replace', () => 'abcb'.replace(new Shouting('b', 'g'), '<$&>'));
run('Shouting match', () => 'abcb'.match(new Shouting('b', 'g')));
run('Shouting split', () => 'abcb'.split(new Shouting('c')));
