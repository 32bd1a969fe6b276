console.log('before rejection');
process.on('exit', (c) => console.log('exit code', c));
await Promise.reject(new Error('tla rejected'));
