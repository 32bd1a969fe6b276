// Which properties each algorithm reads, in order: a Proxy over a regexp logs every get and
// set (the `flags` getter runs with the proxy as receiver, so the flag getters it reads are
// logged too; `exec` runs the built-in on the target).
'use strict';
const log = [];
function logged(re) {
  const p = new Proxy(re, {
    get(t, k) {
      log.push(typeof k === 'symbol' ? '@@' + k.description.slice(7) : k);
      if (k === 'flags') return Reflect.get(t, k, p);
      if (k === 'exec') return (s) => RegExp.prototype.exec.call(t, s);
      return Reflect.get(t, k, t);
    },
    set(t, k, v) {
      log.push('set ' + String(k) + '=' + String(v));
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
  console.log('   ' + log.join(','));
}

run('flags getter', () => logged(/a/dgimsuy).flags);
run('"aXa".match(/a/g)', () => 'aXa'.match(logged(/a/g)));
run('"aXa".match(/a/)', () => 'aXa'.match(logged(/a/)));
run('"aXa".replace(/a/g)', () => 'aXa'.replace(logged(/a/g), 'b'));
run('"aXa".replace(/a/)', () => 'aXa'.replace(logged(/a/), 'b'));
run('"aXa".replaceAll(/a/g)', () => 'aXa'.replaceAll(logged(/a/g), 'b'));
run('"aXa".search(/X/)', () => 'aXa'.search(logged(/X/)));
run('"aXa".split(/X/)', () => 'aXa'.split(logged(/X/)));
run('"aXa".matchAll(/a/g)', () => [...'aXa'.matchAll(logged(/a/g))].length);
run('/a/.test("a")', () => RegExp.prototype.test.call(logged(/a/), 'a'));
run('RegExp.prototype.toString', () => RegExp.prototype.toString.call(logged(/a/g)));
run('new RegExp(proxy)', () => String(new RegExp(logged(/a/g))));
run('new RegExp(proxy, "i")', () => String(new RegExp(logged(/a/g), 'i')));
run('"a".startsWith(proxy)', () => 'a'.startsWith(logged(/a/)));

// Own getters on a real regexp: which of them decide how @@replace and @@match behave.
for (const [name, value] of [['global', true], ['flags', 'g'], ['unicode', true]]) {
  const re = /(?:)/;
  Object.defineProperty(re, name, {
    get() {
      log.push('own ' + name);
      return value;
    },
  });
  run('own ' + name + '=' + JSON.stringify(value) + ' @@replace', () => {
    // (a global replace of an empty non-global regexp would never end: stop exec after 5)
    let n = 0;
    re.exec = function (s) {
      return n++ < 5 ? RegExp.prototype.exec.call(this, s) : null;
    };
    return '\u{1F600}'.replace(re, '-');
  });
}
