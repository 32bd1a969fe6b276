process.on('uncaughtException', (err, origin) => {
  console.log('handler got', err.message, origin);
});
process.on('exit', (c) => console.log('exit code', c));
setTimeout(() => console.log('timer after uncaught still runs'), 1);
console.log('before throw');
throw new Error('top-level boom');
