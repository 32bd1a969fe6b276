// RegExp.prototype[@@split] builds its splitter with SpeciesConstructor(rx, %RegExp%) and
// new flags (adding "y"): what the species constructor receives, and what happens when it
// returns something else.
'use strict';
const log = [];
function withSpecies(re, make) {
  re.constructor = {
    [Symbol.species]: function (source, flags) {
      log.push(`species(${source === re ? 'rx' : String(source)}, ${JSON.stringify(flags)}) new.target=${typeof new.target}`);
      return make(source, flags);
    },
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
  console.log(label.padEnd(30), r);
  for (const l of log) console.log('   ', l);
}
run('plain', () => 'a-b-c'.split(withSpecies(/-/, (s, f) => new RegExp(s, f))));
run('flags passed (gimsu)', () => 'a-b-c'.split(withSpecies(/-/gimsu, (s, f) => new RegExp(s, f))));
run('flags passed (y already)', () => 'a-b-c'.split(withSpecies(/-/y, (s, f) => new RegExp(s, f))));
run('flags passed (dv)', () => 'a-b-c'.split(withSpecies(/-/dv, (s, f) => new RegExp(s, f))));
run('splitter without y', () => 'a-b-c'.split(withSpecies(/-/, (s, f) => new RegExp(s, f.replace('y', '')))));
run('other pattern', () => 'a-b-c'.split(withSpecies(/-/, (s, f) => new RegExp('b', f))));
run('limit 0: species still called', () => 'a-b-c'.split(withSpecies(/-/, (s, f) => new RegExp(s, f)), 0));
run('empty string', () => ''.split(withSpecies(/-/, (s, f) => new RegExp(s, f))));
run('returns a plain object', () => 'a-b'.split(withSpecies(/-/, () => ({}))));
run('returns an object with exec', () =>
  'a-b'.split(withSpecies(/-/, () => ({
    lastIndex: 0,
    exec(s) {
      log.push('exec@' + this.lastIndex);
      return this.lastIndex === 1 ? Object.assign(['-'], { index: 1 }) : null;
    },
  }))));
run('species undefined -> %RegExp%', () => {
  const re = /-/;
  re.constructor = { [Symbol.species]: undefined };
  return 'a-b'.split(re);
});
run('constructor undefined -> %RegExp%', () => {
  const re = /-/;
  re.constructor = undefined;
  return 'a-b'.split(re);
});
run('constructor not an object', () => {
  const re = /-/;
  re.constructor = 1;
  return 'a-b'.split(re);
});
run('species not a constructor', () => {
  const re = /-/;
  re.constructor = { [Symbol.species]: () => /x/ };
  return 'a-b'.split(re);
});
// A subclass is its own species.
run('subclass', () => {
  class R extends RegExp {
    constructor(s, f) {
      super(s, f);
      log.push(`R(${s instanceof R ? 'R' : String(s)}, ${JSON.stringify(f)})`);
    }
  }
  return 'a-b'.split(new R('-', 'g'));
});
