// pipeThrough(): chaining transforms and the returned readable.
'use strict';
const double = () => new TransformStream({ transform(ch, c) { c.enqueue(ch * 2); } });
const rs = ReadableStream.from([1, 2, 3]);
const out = rs.pipeThrough(double()).pipeThrough(double());
console.log('source locked', rs.locked);
(async () => {
  const got = [];
  for await (const v of out) got.push(v);
  console.log(got);
  try { new ReadableStream().pipeThrough({}); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
  const ts = new TransformStream();
  ts.writable.getWriter();
  try { new ReadableStream().pipeThrough(ts); } catch (e) { console.log(e.name, e.code, e.message); }
})();
