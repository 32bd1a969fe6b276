console.log('main');
setTimeout(() => {
  console.log('in timer');
  throw new TypeError('timer failure');
}, 1);
setTimeout(() => console.log('second timer never runs'), 50);
