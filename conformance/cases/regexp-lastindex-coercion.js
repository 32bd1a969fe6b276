// lastIndex as a string, an object with valueOf/toString, negative, fractional and beyond the
// string: when each operation reads (ToLength) and writes it, and in what order relative to
// ToString of the subject.
'use strict';
const log = [];
function li(v) {
  return {
    valueOf() {
      log.push('valueOf->' + v);
      return v;
    },
  };
}
function subject(s) {
  return {
    toString() {
      log.push('toString');
      return s;
    },
  };
}
// lastIndex for printing, without converting it (which would log).
function desc(v) {
  return typeof v === 'object' ? 'obj' : v;
}
function show(label, fn) {
  log.length = 0;
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label.padEnd(34), r, '|', log.join(' '));
}

for (const flags of ['', 'g', 'y', 'gy']) {
  console.log('-- flags', JSON.stringify(flags));
  show('exec lastIndex=obj(2)', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = li(2);
    const m = re.exec(subject('aaba'));
    return [m && m.index, desc(re.lastIndex)];
  });
  show('exec lastIndex="3"', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = '3';
    const m = re.exec('aaba');
    return [m && m.index, re.lastIndex];
  });
  show('exec lastIndex=-1', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = -1;
    const m = re.exec('aaba');
    return [m && m.index, re.lastIndex];
  });
  show('exec lastIndex=1.7', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = 1.7;
    const m = re.exec('aaba');
    return [m && m.index, re.lastIndex];
  });
  show('exec lastIndex=len+1', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = 5;
    const m = re.exec('aaba');
    return [m && m.index, re.lastIndex];
  });
  show('exec lastIndex=2**53', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = 2 ** 53;
    const m = re.exec('aaba');
    return [m && m.index, re.lastIndex];
  });
  show('exec lastIndex=-0', () => {
    const re = new RegExp('x', flags);
    re.lastIndex = -0;
    const m = re.exec('aaba');
    return [m, Object.is(re.lastIndex, -0)];
  });
  show('test lastIndex=obj(3)', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = li(3);
    return [re.test(subject('aaba')), desc(re.lastIndex)];
  });
  show('match lastIndex=obj(3)', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = li(3);
    const m = 'aaba'.match(re);
    return [m && m.length, m && m.index, desc(re.lastIndex)];
  });
  show('replace lastIndex=obj(1)', () => {
    const re = new RegExp('a', flags);
    re.lastIndex = li(1);
    return ['aaba'.replace(re, 'X'), desc(re.lastIndex)];
  });
  show('search lastIndex=obj(3)', () => {
    const re = new RegExp('a', flags);
    const o = li(3);
    re.lastIndex = o;
    return ['aaba'.search(re), re.lastIndex === o];
  });
  show('split lastIndex=obj(3)', () => {
    const re = new RegExp('b', flags);
    const o = li(3);
    re.lastIndex = o;
    return ['aaba'.split(re), re.lastIndex === o];
  });
  show('matchAll lastIndex=obj(1)', () => {
    const re = new RegExp('a', flags + (flags.includes('g') ? '' : 'g'));
    re.lastIndex = li(1);
    return [[...'aaba'.matchAll(re)].map((m) => m.index), desc(re.lastIndex)];
  });
}

// An abrupt ToLength propagates, after ToString of the subject.
show('exec valueOf throws', () => {
  const re = /a/g;
  re.lastIndex = {
    valueOf() {
      log.push('valueOf');
      throw new RangeError('from valueOf');
    },
  };
  return re.exec(subject('a'));
});
