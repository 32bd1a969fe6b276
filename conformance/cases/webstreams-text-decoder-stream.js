// TextDecoderStream: bytes in, strings out; multi-byte characters split across chunks,
// encodings, fatal errors and bad chunk types.
'use strict';
async function decode(chunks, ...args) {
  const dec = new TextDecoderStream(...args);
  const w = dec.writable.getWriter();
  for (const c of chunks) w.write(c).catch(() => {});
  w.close().catch(() => {});
  const out = [];
  try {
    for await (const s of dec.readable) out.push(s);
  } catch (e) {
    out.push(`error ${e.name} ${e.code}`);
  }
  return out;
}
(async () => {
  console.log(new TextDecoderStream());
  const euro = Buffer.from('€uro');
  console.log(await decode([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)]));
  console.log(await decode([new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]).buffer]));
  console.log(await decode([new Uint8Array([0xEF, 0xBB, 0xBF, 0x41])], 'utf-8', { ignoreBOM: true }));
  console.log(await decode([new Uint8Array([0xE2, 0x82])]));
  console.log(await decode([new Uint8Array([0xFF])], 'utf-8', { fatal: true }));
  console.log(await decode([Buffer.from('hi', 'utf16le')], 'utf-16le'));
  console.log(await decode([new Uint8Array([0xE9])], 'latin1'));
  console.log(await decode(['not bytes']));
  const d = new TextDecoderStream('utf-16le', { fatal: true });
  console.log(d.encoding, d.fatal, d.ignoreBOM);
  try { new TextDecoderStream('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
})();
