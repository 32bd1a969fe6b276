console.log('throwing a string');
process.on('exit', (c) => console.log('exit', c));
throw 'just a string';
