// Stays below the 64 KiB pipe buffer: beyond it Node itself may drop output on exit.
const line = 'x'.repeat(99) + '\n';
for (let i = 0; i < 300; i++) process.stdout.write(line);
console.log('last line before exit');
process.exit(0);
