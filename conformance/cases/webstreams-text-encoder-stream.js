// TextEncoderStream: strings in, UTF-8 bytes out; a surrogate pair split across chunks.
'use strict';
(async () => {
  const enc = new TextEncoderStream();
  console.log(enc, enc.encoding);
  const w = enc.writable.getWriter();
  w.write('hé');
  w.write('');
  w.write('\uD83D');
  w.write('\uDE00!');
  w.write(42);
  w.write('\uD800');
  w.close();
  const out = [];
  for await (const chunk of enc.readable) out.push(`${chunk.constructor.name}[${[...chunk]}]`);
  console.log(out.join('\n'));
  const piped = ReadableStream.from(['a', 'b']).pipeThrough(new TextEncoderStream());
  const bytes = [];
  for await (const c of piped) bytes.push(...c);
  console.log(bytes);
})();
