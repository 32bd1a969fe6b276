const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('rejectionHandled', (pr) => console.log('rejectionHandled', pr === p));
setTimeout(() => { p.catch(() => console.log('caught late')); }, 10);
