'use strict';
const e = (err) => `${err.name} ${err.code} ${err.message}`;

const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
function attempt(label, fn) {
  try {
    const rl = fn();
    console.log(label, 'ok');
    rl.close();
  } catch (err) {
    console.log(label, e(err));
  }
}
attempt('completer string', () => readline.createInterface({ input, completer: 'x' }));
attempt('positional completer', () => readline.createInterface(input, null, 42));
attempt('history string', () => readline.createInterface({ input, history: 'x' }));
attempt('historySize -1', () => readline.createInterface({ input, historySize: -1 }));
attempt('historySize string', () => readline.createInterface({ input, historySize: '5' }));
attempt('historySize NaN', () => readline.createInterface({ input, historySize: NaN }));
attempt('tabSize 0', () => readline.createInterface({ input, tabSize: 0 }));
attempt('tabSize 2.5', () => readline.createInterface({ input, tabSize: 2.5 }));
attempt('escapeCodeTimeout NaN', () => readline.createInterface({ input, escapeCodeTimeout: NaN }));
attempt('escapeCodeTimeout string', () => readline.createInterface({ input, escapeCodeTimeout: '10' }));
attempt('signal object', () => readline.createInterface({ input, signal: {} }));
// (The engine's own TypeError: only its name is the same everywhere.)
for (const [label, opts] of [['no input', {}], ['input without on', { input: {} }]]) {
  try {
    readline.createInterface(opts);
  } catch (err) {
    console.log(label, err.name);
  }
}
attempt('promises completer', () => require('readline/promises').createInterface({ input, completer: 1 }));
attempt('valid', () => readline.createInterface({ input, historySize: 0, tabSize: 1, escapeCodeTimeout: 0 }));
