// ReadableStream.from(): arrays, generators, async generators, promises as values, and
// cancellation calling the iterator's return().
'use strict';
async function collect(rs) {
  const out = [];
  for await (const v of rs) out.push(v);
  return out;
}
(async () => {
  console.log(await collect(ReadableStream.from([1, 2, 3])));
  console.log(await collect(ReadableStream.from('hé')));
  console.log(await collect(ReadableStream.from((function* () { yield 'a'; yield Promise.resolve('b'); })())));
  console.log(await collect(ReadableStream.from((async function* () { yield 'x'; yield 'y'; })())));
  console.log(await collect(ReadableStream.from(new Set(['s']))));
  const inner = ReadableStream.from([7, 8]);
  console.log(await collect(ReadableStream.from(inner)), inner.locked);
  const log = [];
  const gen = (async function* () {
    try { for (let i = 0; ; i++) { log.push(`yield ${i}`); yield i; } } finally { log.push('finally'); }
  })();
  const rs = ReadableStream.from(gen);
  const reader = rs.getReader();
  log.push(JSON.stringify(await reader.read()));
  await reader.cancel('enough');
  log.push('cancelled');
  console.log(log.join('\n'));
  for (const bad of [1, {}]) {
    try { ReadableStream.from(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  await ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } })
    .getReader().read().catch((e) => console.log(e.name, e.code, e.message));
  await ReadableStream.from({ [Symbol.iterator]() { return { next() { throw new Error('next threw'); } }; } })
    .getReader().read().catch((e) => console.log(e.message));
})();
