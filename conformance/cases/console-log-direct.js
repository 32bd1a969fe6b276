// console.log of plain arguments (written directly by the runtime), then the cases that need
// formatting, group indentation, and a replaced process.stdout.write seeing later output.
console.log('plain');
console.log('two', 'strings');
console.log(1, -0, 0, 1.5, NaN, -Infinity, true, false, null, undefined, 10n, -3n);
console.log('');
console.log();
console.log('100%');
console.log('%s%%', 'fifty', 'extra');
console.log('%d', 7, '%d');
console.log(1, '%s', 'not a format');
console.log(Symbol('sym'), 'after symbol');
console.log({ an: 'object' }, 'and text');
console.log('line\nbreak');
console.info('info'); console.debug('debug'); console.dirxml('dirxml');
console.group('outer');
console.log('indented');
console.log('multi\nline');
console.group();
console.log(42);
console.groupEnd();
console.groupEnd();
console.log('back');
const { log } = console;
log('detached');
log.call({ not: 'console' }, 'other receiver');
const write = process.stdout.write;
const captured = [];
process.stdout.write = function (chunk, ...rest) {
  captured.push(String(chunk));
  return true;
};
console.log('captured', 1);
console.info('captured too');
process.stdout.write = write;
console.log(JSON.stringify(captured));
console.log('restored');
