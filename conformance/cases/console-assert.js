console.assert(true, 'not printed');
console.assert(1 === 1);
let ok = true;
try {
  console.assert(false, 'goes to stderr');
  console.assert(false);
  console.assert(0, '%s formatted', 'x');
} catch (e) {
  ok = false;
}
console.log('assert did not throw:', ok);
console.error('error to stderr');
console.warn('warn to stderr');
console.trace('trace to stderr');
console.debug('debug to stdout');
console.info('info to stdout');
console.log(typeof console.time, typeof console.timeEnd, typeof console.timeLog);
