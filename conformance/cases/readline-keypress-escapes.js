'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input);
input.on('keypress', (s, key) => console.log(JSON.stringify(key.sequence), s, key.name, key.ctrl, key.meta, key.shift, key.code));
const seqs = [
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1bOA', '\x1bOP', '\x1b[1;5A',
  '\x1b[1;2C', '\x1b[1;3D', '\x1b[3~', '\x1b[3;5~', '\x1b[2~', '\x1b[5~', '\x1b[6~', '\x1b[15~',
  '\x1b[24~', '\x1b[200~', '\x1b[201~', '\x1b[[A', '\x1b[a', '\x1bOa', '\x1b[7^', '\x1b[Z',
  '\x1b[99x', '\x1bb', '\x1bB', '\x1b\r', '\x1b\x7f', '\x1b\x1b[A', '\x1bO5A',
];
(async () => {
  for (const s of seqs) {
    input.write(s);
    await new Promise((r) => setImmediate(r));
  }
})();
