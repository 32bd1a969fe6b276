// Output written right before process.exit() is not lost.
for (let i = 0; i < 2000; i++) process.stdout.write(`line ${i} ${'.'.repeat(i % 40)}\n`);
console.log('last line');
process.exit(3);
