process.stderr.write('to stderr\n');
console.error('console.error to stderr');
console.log('only this line is on stdout');
