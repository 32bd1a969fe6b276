process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
Promise.reject(new Error('rejected'));
setTimeout(() => { throw new Error('thrown'); }, 5);
