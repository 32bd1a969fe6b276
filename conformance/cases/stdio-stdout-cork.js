// cork()/uncork() on stdout: writes are grouped; writableCorked counts; order preserved.
const s = process.stdout;
console.log('corked0', s.writableCorked);
s.cork();
s.write('a');
s.write('b');
s.cork();
console.log('corked2', s.writableCorked);
s.write('c\n');
s.uncork();
console.log('after one uncork', s.writableCorked);
s.uncork();
console.log('corked end', s.writableCorked);
s.cork();
s.write('d\n', () => console.log('d callback'));
process.nextTick(() => s.uncork());
console.log('sync done');
