'use strict';
const e = (err) => `${err.name} ${err.code} ${err.message}`;

const { Readline } = require('readline/promises');
const { Readable, Writable } = require('stream');
function recorder(label = 'out', extra = {}) {
  const w = new Writable({
    write(chunk, encoding, cb) {
      console.log(label, JSON.stringify(String(chunk)));
      cb();
    },
  });
  return Object.assign(w, extra);
}

(async () => {
  const out = recorder();
  const r = new Readline(out);
  console.log('chain', r.cursorTo(1) === r, r.cursorTo(2, 3) === r, r.moveCursor(-1, 2) === r, r.moveCursor(0, 0) === r);
  r.clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  console.log('nothing written yet');
  console.log('commit', await r.commit());
  r.cursorTo(9).rollback();
  await r.commit();
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(0, 0).clearScreenDown();
  console.log('autoCommit queued');
  await new Promise((resolve) => process.nextTick(resolve));
  for (const [label, fn] of [
    ['cursorTo string', () => r.cursorTo('1')],
    ['cursorTo float', () => r.cursorTo(1.5)],
    ['cursorTo bad y', () => r.cursorTo(1, 'x')],
    ['moveCursor bad dy', () => r.moveCursor(1, 'x')],
    ['moveCursor missing dy', () => r.moveCursor(1)],
    ['clearLine 2', () => r.clearLine(2)],
    ['clearLine missing', () => r.clearLine()],
    ['no stream', () => new Readline()],
    ['readable stream', () => new Readline(Readable.from([]))],
    ['autoCommit number', () => new Readline(out, { autoCommit: 1 })],
  ]) {
    try {
      fn();
      console.log(label, 'ok');
    } catch (err) {
      console.log(label, e(err));
    }
  }
  r.rollback();
})();
