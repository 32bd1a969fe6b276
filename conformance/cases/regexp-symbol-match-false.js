// IsRegExp reads @@match: a regexp with Symbol.match = false is treated as a string by
// startsWith/endsWith/includes, and an object with a truthy Symbol.match as a regexp
// (TypeError there, and the RegExp constructor takes its source and flags).
'use strict';
function run(label, fn) {
  let r;
  try {
    r = JSON.stringify(fn());
  } catch (e) {
    r = 'throw ' + e.name + ': ' + e.message;
  }
  console.log(label.padEnd(44), r);
}
const re = /./;
run('"/./".startsWith(/./)', () => '/./'.startsWith(re));
run('"/./".endsWith(/./)', () => '/./'.endsWith(re));
run('"/./".includes(/./)', () => '/./'.includes(re));
re[Symbol.match] = false;
run('Symbol.match=false: startsWith', () => '/./'.startsWith(re));
run('Symbol.match=false: endsWith', () => '/./'.endsWith(re));
run('Symbol.match=false: includes', () => 'x/./x'.includes(re));
run('Symbol.match=false: includes no match', () => 'x'.includes(re));
run('Symbol.match=0: includes', () => {
  const r = /a/;
  r[Symbol.match] = 0;
  return '/a/'.includes(r);
});
run('Symbol.match=false: RegExp(re) === re', () => RegExp(re) === re);
run('Symbol.match=false: String(new RegExp(re))', () => String(new RegExp(re)));
const fake = { [Symbol.match]: true, source: 'b+', flags: 'g', toString: () => 'FAKE' };
run('Symbol.match=true object: startsWith', () => 'abc'.startsWith(fake));
run('Symbol.match=true object: includes', () => 'abc'.includes(fake));
run('Symbol.match=true object: new RegExp', () => String(new RegExp(fake)));
run('Symbol.match=true object: RegExp() same?', () => {
  fake.constructor = RegExp;
  return RegExp(fake) === fake;
});
run('Symbol.match="yes" object: endsWith', () => 'abc'.endsWith({ [Symbol.match]: 'yes' }));
