// stream.pipeline(process.stdin, transform, process.stdout, cb): callback and stdout state.
const { pipeline, Transform } = require('stream');
const fs = require('fs');
let bytes = 0;
const t = new Transform({
  transform(chunk, enc, cb) { bytes += chunk.length; cb(null, chunk.toString().split('').reverse().join('')); },
});
const out = pipeline(process.stdin, t, process.stdout, (err) => {
  // Report through fd 1 directly: with stdout a pipe, node drops the console.log below.
  fs.writeSync(1, '\ncallback err ' + (err === undefined ? 'undefined' : String(err)) + '\n');
  fs.writeSync(1, `bytes ${bytes} writableEnded ${process.stdout.writableEnded} destroyed ${process.stdout.destroyed}\n`);
  console.log('console.log after pipeline end is dropped');
});
console.log('returns stdout', out === process.stdout);
