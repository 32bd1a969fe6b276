// process.stdin piped through an uppercase Transform into process.stdout.
const { Transform } = require('stream');
const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { this.push('[flushed]\n'); cb(); },
});
upper.on('end', () => console.log('transform end'));
process.stdin.on('end', () => console.log('stdin end'));
const ret = process.stdin.pipe(upper).pipe(process.stdout);
console.log('pipe returns stdout', ret === process.stdout);
