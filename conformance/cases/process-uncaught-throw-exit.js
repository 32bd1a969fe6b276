console.log('stdout before the throw is kept');
process.stdout.write('and this write\n');
process.on('exit', (c) => console.log('exit event sees', c));
throw new Error('uncaught');
