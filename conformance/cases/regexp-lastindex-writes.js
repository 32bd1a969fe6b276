// The order of lastIndex reads and writes (and exec calls) in each algorithm, seen through a
// Proxy that logs `lastIndex` and `exec` (other properties pass through unlogged).
'use strict';
const log = [];
function logged(re) {
  const p = new Proxy(re, {
    get(t, k) {
      if (k === 'lastIndex') {
        log.push('get=' + t.lastIndex);
        return t.lastIndex;
      }
      if (k === 'exec') {
        return function (s) {
          const r = RegExp.prototype.exec.call(t, s);
          log.push('exec' + (r ? '@' + r.index : ':null'));
          return r;
        };
      }
      return Reflect.get(t, k, t);
    },
    set(t, k, v) {
      if (k === 'lastIndex') log.push('set=' + String(v));
      return Reflect.set(t, k, v, t);
    },
  });
  return p;
}
function run(label, fn) {
  log.length = 0;
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label + ' -> ' + r);
  console.log('   ' + log.join(' '));
}
const P = RegExp.prototype;

run('test /a/g', () => P.test.call(logged(/a/g), 'xa'));
run('test /a/ lastIndex=3', () => {
  const re = /a/;
  re.lastIndex = 3;
  return P.test.call(logged(re), 'xa');
});
run('@@match /a/g', () => P[Symbol.match].call(logged(/a/g), 'aba'));
run('@@match /(?:)/g', () => P[Symbol.match].call(logged(/(?:)/g), 'ab'));
run('@@match /(?:)/gu astral', () => P[Symbol.match].call(logged(/(?:)/gu), '\u{1F600}'));
run('@@match /a/y lastIndex=1', () => {
  const re = /a/y;
  re.lastIndex = 1;
  return P[Symbol.match].call(logged(re), 'aab');
});
run('@@replace /a/g', () => P[Symbol.replace].call(logged(/a/g), 'aba', '-'));
run('@@replace /b*/g', () => P[Symbol.replace].call(logged(/b*/g), 'abba', '-'));
run('@@replace /a/ lastIndex=2', () => {
  const re = /a/;
  re.lastIndex = 2;
  return P[Symbol.replace].call(logged(re), 'aba', '-');
});
run('@@replace /a/y lastIndex=2', () => {
  const re = /a/y;
  re.lastIndex = 2;
  return P[Symbol.replace].call(logged(re), 'aba', '-');
});
run('@@search /b/ lastIndex=0', () => P[Symbol.search].call(logged(/b/), 'ab'));
run('@@search /b/g lastIndex=5', () => {
  const re = /b/g;
  re.lastIndex = 5;
  return [P[Symbol.search].call(logged(re), 'ab'), re.lastIndex];
});
run('@@search /b/y lastIndex=1', () => {
  const re = /b/y;
  re.lastIndex = 1;
  return [P[Symbol.search].call(logged(re), 'ab'), re.lastIndex];
});
// split: the splitter comes from the species constructor; log its lastIndex traffic.
run('@@split /-/ via species', () => {
  const re = /-/;
  re.constructor = {
    [Symbol.species]: function (src, flags) {
      log.push('new ' + flags);
      return logged(new RegExp(src, flags));
    },
  };
  return 'a-b'.split(re);
});
run('@@split /(?:)/u via species', () => {
  const re = /(?:)/u;
  re.constructor = {
    [Symbol.species]: function (src, flags) {
      log.push('new ' + flags);
      return logged(new RegExp(src, flags));
    },
  };
  return '\u{1F600}x'.split(re).map((s) => s.length);
});
run('@@matchAll /a/g lastIndex=1', () => {
  const re = /a/g;
  re.lastIndex = 1;
  re.constructor = {
    [Symbol.species]: function (src, flags) {
      log.push('new ' + flags);
      return logged(new RegExp(src, flags));
    },
  };
  return [...'aaxa'.matchAll(re)].map((m) => m.index);
});
