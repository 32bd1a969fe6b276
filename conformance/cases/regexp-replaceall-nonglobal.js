// String.prototype.replaceAll: a regexp whose flags lack "g" is a TypeError (checked through
// IsRegExp and the flags property); with a global regexp it is replace; with a string it
// replaces every occurrence, including empty ones.
'use strict';
function run(label, fn) {
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label.padEnd(40), r);
}
run('/a/', () => 'aba'.replaceAll(/a/, '-'));
run('/a/y', () => 'aba'.replaceAll(/a/y, '-'));
run('/a/ with a function', () => 'aba'.replaceAll(/a/, () => '-'));
run('/a/g', () => 'aba'.replaceAll(/a/g, '-'));
run('/a/gi', () => 'aAa'.replaceAll(/a/gi, '$&$&'));
run('string "a"', () => 'aba'.replaceAll('a', '-'));
run('string ""', () => 'ab'.replaceAll('', '-'));
run('string "" astral', () => '\u{1F600}'.replaceAll('', '-').length);
run('string "$&"', () => 'aba'.replaceAll('a', '[$&$`$\'$$]'));
run('string with function', () => 'aba'.replaceAll('a', (m, off, s) => `${m}${off}${s.length}`));
run('own flags "g" on /a/', () => {
  const re = /a/;
  Object.defineProperty(re, 'flags', { value: 'g' });
  // flags says g: no TypeError; @@replace decides by `global`. (Were it to loop as a global
  // replace, this non-global exec would match forever: stop it after 5 calls.)
  let n = 0;
  re.exec = function (s) {
    return n++ < 5 ? RegExp.prototype.exec.call(this, s) : null;
  };
  return ['aba'.replaceAll(re, '-'), n];
});
run('own flags "" on /a/g', () => {
  const re = /a/g;
  Object.defineProperty(re, 'flags', { value: '' });
  return 'aba'.replaceAll(re, '-');
});
run('Symbol.match object, flags undefined', () => 'a'.replaceAll({ [Symbol.match]: true }, '-'));
run('Symbol.match object, flags "g"', () =>
  'a'.replaceAll({ [Symbol.match]: true, flags: 'g', [Symbol.replace]: (s, r) => `custom(${s},${r})` }, '-'));
run('Symbol.match = false regexp', () => {
  const re = /a/;
  re[Symbol.match] = false;
  return 'aba'.replaceAll(re, '-');
});
