'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input);
input.on('keypress', (s, key) => console.log(JSON.stringify(s), JSON.stringify(key)));
(async () => {
  for (const k of ['a', 'Z', '7', '.', ' ', 'é', '😀', '\x01', '\x1a', '\x7f', '\b', '\t', '\r', '\n']) {
    input.write(k);
    await new Promise((r) => setImmediate(r));
  }
  // Several characters in one chunk: one keypress each.
  input.write('Hi!');
})();
