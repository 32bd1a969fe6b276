console.log('before');
Promise.reject(new Error('nobody catches'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('timer never runs'), 50);
