setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from immediate'));
  Promise.resolve().then(() => console.log('promise from immediate'));
  process.nextTick(() => console.log('tick from immediate'));
  setTimeout(() => console.log('timeout 50 from immediate'), 50);
});
setImmediate(() => console.log('immediate 2 (same phase)'));
