setTimeout(() => {
  setTimeout(() => console.log('timeout from timeout'), 0);
  setImmediate(() => console.log('immediate from timeout'));
  Promise.resolve().then(() => console.log('promise from timeout'));
  process.nextTick(() => console.log('tick from timeout'));
}, 0);
