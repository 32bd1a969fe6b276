const util = require('util');
const { styleText } = util;
const show = (s) => console.log(JSON.stringify(s));
const opts = { validateStream: false };
show(styleText('red', 'text', opts));
show(styleText('bold', 'text', opts));
show(styleText(['bold', 'underline', 'green'], 'multi', opts));
show(styleText('bgBlueBright', '', opts));
show(styleText('reset', 'x', opts));
show(styleText([], 'plain', opts));
show(styleText('italic', 'a\nb', opts));
// stdout is not a terminal here: a single format is skipped, arrays still apply.
show(styleText('red', 'piped'));
show(styleText(['red'], 'piped-array'));
show(styleText('red', 'stderr', { stream: process.stderr }));
const ttyLike = { isTTY: true, write() {}, on() {} };
show(styleText('cyan', 'tty', { stream: ttyLike }));
show(styleText('cyan', 'tty-mono', { stream: { ...ttyLike, getColorDepth: () => 1 } }));
show(styleText('cyan', 'tty-8', { stream: { ...ttyLike, getColorDepth: () => 8 } }));
for (const name of ['gray', 'grey', 'dim', 'framed', 'overlined', 'doubleunderline', 'hidden', 'blink']) {
  try {
    show(styleText(name, name, opts));
  } catch (e) {
    console.log(name, e.code);
  }
}
console.log(styleText.length);
