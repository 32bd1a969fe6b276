'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
for (const ev of ['line', 'pause', 'resume', 'close']) rl.on(ev, (...a) => console.log('event', ev, ...a));
console.log('paused?', rl.paused, input.isPaused());
console.log('pause returns rl', rl.pause() === rl, rl.paused, input.isPaused());
console.log('second pause', rl.pause());
input.write('one\ntwo\n');
setImmediate(() => {
  console.log('resume returns rl', rl.resume() === rl, rl.paused);
  console.log('second resume', rl.resume());
  setImmediate(() => {
    rl.pause();
    // write() resumes a paused interface.
    rl.write('three\n');
    console.log('paused after write', rl.paused);
    rl.close();
    console.log('closed', rl.closed, rl.paused);
  });
});
