process.on('uncaughtException', (err) => console.log('caught:', err.message));
setTimeout(() => {
  setImmediate(() => { throw new Error('from immediate'); });
  throw new Error('from timeout');
}, 1);
setTimeout(() => console.log('later timer still runs'), 30);
