process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('first'));
Promise.reject('a string reason');
new Promise((_, rej) => setTimeout(() => rej(42), 1));
const handledLater = Promise.reject(new Error('handled in same tick'));
handledLater.catch(() => console.log('caught synchronously-attached handler'));
process.on('exit', (c) => console.log('exit', c));
