console.log('rejecting with undefined');
process.on('exit', (c) => console.log('exit', c));
Promise.reject(undefined);
