'use strict';

// pause()/resume()/isPaused() and the 'pause'/'resume' events.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
console.log('initial', r.isPaused(), r.readableFlowing);
r.on('pause', () => console.log('pause event'));
r.on('resume', () => console.log('resume event'));
let n = 0;
r.on('data', (d) => {
  console.log('data', d.toString());
  r.pause();
  console.log('paused', r.isPaused(), r.readableFlowing);
  setTimeout(() => r.resume(), ++n);
});
console.log('after on(data)', r.isPaused(), r.readableFlowing);
r.push('a');
r.push('b');
r.push('c');
r.push(null);
r.on('end', () => console.log('end'));
