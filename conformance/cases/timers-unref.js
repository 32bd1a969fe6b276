setTimeout(() => console.log('unref timer should not fire'), 200).unref();
setInterval(() => console.log('unref interval should not fire'), 100).unref();
setTimeout(() => console.log('ref timer fires'), 1);
process.on('exit', (c) => console.log('exit', c));
