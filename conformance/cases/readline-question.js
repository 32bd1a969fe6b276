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
const rl = readline.createInterface({ input, output: recorder() });
rl.on('line', (l) => console.log('line event', l));
rl.setPrompt('$ ');
rl.question('Name? ', (answer) => {
  console.log('answer', answer, 'prompt back to', rl.getPrompt());
  rl.question('Age? ', {}, (age) => {
    console.log('age', age);
    rl.close();
  });
  input.write('42\nextra\n');
});
// A second question while one is pending only re-prompts.
rl.question('Ignored? ', () => console.log('never'));
console.log('prompt during question', rl.getPrompt());
input.write('Ada\n');
