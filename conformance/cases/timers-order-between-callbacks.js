setTimeout(() => {
  setTimeout(() => {
    console.log('timeout A');
    process.nextTick(() => console.log('tick after A'));
    Promise.resolve().then(() => console.log('promise after A'));
  }, 0);
  setTimeout(() => console.log('timeout B'), 0);
  setImmediate(() => {
    console.log('immediate A');
    Promise.resolve().then(() => console.log('promise after immediate A'));
    process.nextTick(() => console.log('tick after immediate A'));
  });
  setImmediate(() => console.log('immediate B'));
}, 0);
