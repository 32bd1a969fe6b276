// import from node:stream and node:stream/promises.
import stream, { Readable, pipeline as cbPipeline, PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';

console.log(typeof stream, stream.Readable === Readable, typeof cbPipeline);
const out = [];
await pipeline(Readable.from(['a', 'b']), new PassThrough({ objectMode: true }), async function (src) {
  for await (const c of src) out.push(c);
});
console.log(out);
