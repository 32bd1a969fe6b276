// process.stdout/stderr properties when stdout is a pipe (the runner) — no TTY methods.
const o = process.stdout;
console.log('isTTY', o.isTTY, process.stderr.isTTY, process.stdin.isTTY);
console.log('hwm', o.writableHighWaterMark, 'len', o.writableLength, 'objectMode', o.writableObjectMode);
console.log('getColorDepth', typeof o.getColorDepth, 'hasColors', typeof o.hasColors, 'columns', o.columns);
console.log('writable', o.writable, 'ended', o.writableEnded, 'finished', o.writableFinished, 'needDrain', o.writableNeedDrain);
console.log('destroyed', o.destroyed, 'fd', o.fd, process.stdin.fd);
console.log('write returns', o.write(''));
console.log(typeof o.on, typeof o.once, typeof o.cork, typeof o.destroySoon, typeof o._destroy);
