'use strict';
const e = (err) => `${err.name} ${err.code} ${err.message}`;

const readline = require('readline');
const { Writable } = require('stream');
const out = new Writable({ write(c, e, cb) { console.log('wrote', JSON.stringify(String(c))); cb(); } });
for (const [label, fn] of [
  ['cursorTo row only', () => readline.cursorTo(out, undefined, 2)],
  ['cursorTo NaN x', () => readline.cursorTo(out, NaN)],
  ['cursorTo NaN y', () => readline.cursorTo(out, 1, NaN)],
  ['cursorTo bad callback', () => readline.cursorTo(out, 1, 1, 'cb')],
  ['cursorTo string x', () => readline.cursorTo(out, '2')],
  ['moveCursor bad callback', () => readline.moveCursor(out, 1, 1, 3)],
  ['clearLine bad callback', () => readline.clearLine(out, 0, {})],
  ['clearScreenDown bad callback', () => readline.clearScreenDown(out, 1)],
]) {
  try {
    console.log(label, 'returned', fn());
  } catch (err) {
    console.log(label, e(err));
  }
}
