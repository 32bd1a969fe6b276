'use strict';
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
function recorder(label = 'out', extra = {}) {
  const w = new Writable({
    write(chunk, encoding, cb) {
      console.log(label, JSON.stringify(String(chunk)));
      cb();
    },
  });
  return Object.assign(w, extra);
}

const input = new PassThrough();
const rl = readline.createInterface({ input, output: recorder(), prompt: 'P> ' });
rl.on('resume', () => console.log('resume event'));
console.log('getPrompt', rl.getPrompt());
rl.prompt();
rl.setPrompt('Q: ');
console.log('getPrompt', rl.getPrompt());
rl.prompt(true);
rl.pause();
rl.prompt();
console.log('paused after prompt', rl.paused);
rl.setPrompt(42);
try {
  rl.prompt();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const rl2 = readline.createInterface({ input: new PassThrough() });
rl2.prompt();
console.log('default prompt', JSON.stringify(rl2.getPrompt()));
rl.close();
rl2.close();
