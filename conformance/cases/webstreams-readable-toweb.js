// stream.Readable.toWeb(): a Node Readable read through a web ReadableStream.
'use strict';
const { Readable } = require('stream');
(async () => {
  const nodeReadable = Readable.from(['a', 'b', 'c'], { objectMode: false });
  const web = Readable.toWeb(nodeReadable);
  console.log(web);
  const out = [];
  for await (const chunk of web) out.push(`${chunk.constructor.name}:${Buffer.from(chunk)}`);
  console.log(out);

  const objects = Readable.from([{ n: 1 }, { n: 2 }]);
  const objWeb = Readable.toWeb(objects);
  const objs = [];
  for await (const o of objWeb) objs.push(o);
  console.log(objs);

  const failing = new Readable({ read() { this.destroy(new Error('node side failed')); } });
  await Readable.toWeb(failing).getReader().read().catch((e) => console.log('error', e.message));

  const endless = new Readable({ read() { this.push('x'); } });
  endless.on('close', () => console.log('node stream closed', endless.destroyed));
  const reader = Readable.toWeb(endless).getReader();
  await reader.read();
  await reader.cancel(new Error('stop'));
  console.log('cancelled');
  try { Readable.toWeb({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
