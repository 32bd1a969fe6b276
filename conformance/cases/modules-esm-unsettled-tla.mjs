console.log('about to wait forever');
await new Promise(() => {});
console.log('never');
