process.stdout.write('no newline');
process.stdout.write(' -- continued\n');
const r = process.stdout.write('returns: ');
console.log(typeof r);
process.stdout.write('');
process.stdout.write('unicode ✓ 😀\n');
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write('with callback\n', () => { console.log('write callback ran'); });
console.log(typeof process.stdout.isTTY, typeof process.stdout.on);
