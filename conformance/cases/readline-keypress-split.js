'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 30 });
input.on('keypress', (s, key) => console.log(JSON.stringify(s), key.name, key.ctrl, key.meta, JSON.stringify(key.sequence)));
const tick = () => new Promise((r) => setImmediate(r));
(async () => {
  // An escape sequence split over several chunks.
  for (const c of ['\x1b', '[', '1', ';', '5', 'C']) {
    input.write(c);
    await tick();
  }
  // A UTF-8 character split over chunks.
  input.write(Buffer.from([0xe2, 0x82]));
  await tick();
  input.write(Buffer.from([0xac, 0x21]));
  await tick();
  // A lone ESC becomes the escape key after escapeCodeTimeout.
  input.write('\x1b');
  await new Promise((r) => setTimeout(r, 80));
  console.log('after timeout');
  // Without 'keypress' listeners nothing is decoded.
  input.removeAllListeners('keypress');
  input.write('ignored');
  await tick();
  input.on('keypress', (s) => console.log('back', s));
  input.write('ok');
})();
