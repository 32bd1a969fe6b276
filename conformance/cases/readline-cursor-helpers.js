'use strict';
const readline = require('readline');
const { Writable } = require('stream');
function recorder(label = 'out', extra = {}) {
  const w = new Writable({
    write(chunk, encoding, cb) {
      console.log(label, JSON.stringify(String(chunk)));
      cb();
    },
  });
  return Object.assign(w, extra);
}

const out = recorder();
const cb = (label) => (err) => console.log('callback', label, err);
console.log(readline.cursorTo(out, 3));
console.log(readline.cursorTo(out, 3, 4, cb('xy')));
console.log(readline.cursorTo(out, 0, cb('y is callback')));
console.log(readline.cursorTo(out, undefined, undefined, cb('nothing')));
console.log(readline.cursorTo(null, 1, 1, cb('no stream')));
console.log(readline.moveCursor(out, -2, 3), readline.moveCursor(out, 5, -1), readline.moveCursor(out, 4));
console.log(readline.moveCursor(out, 0, 0, cb('no move')), readline.moveCursor(undefined, 1, 1));
console.log(readline.clearLine(out, -1), readline.clearLine(out, 1), readline.clearLine(out, 0), readline.clearLine(out));
console.log(readline.clearLine(null, 0, cb('clearLine no stream')));
console.log(readline.clearScreenDown(out, cb('clearScreenDown')), readline.clearScreenDown(null));
console.log('sync end');
