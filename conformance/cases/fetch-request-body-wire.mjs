// What a server receives from fetch for each kind of request body: framing (Content-Length or
// chunked), the default Content-Type, the bytes; async iterables and ReadableStreams (duplex
// 'half'), a Request object as input carrying its body, and user headers overriding defaults.
import http from 'node:http';

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('latin1').replace(/formdata-undici-0\d{11}/g, 'formdata-undici-0N');
    const type = (req.headers['content-type'] ?? '(none)').replace(/formdata-undici-0\d{11}/g, 'formdata-undici-0N');
    res.end(`${req.method} cl=${req.headers['content-length'] ?? '-'} te=${req.headers['transfer-encoding'] ?? '-'} ct=${type} body=${JSON.stringify(body)}`);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

async function send(label, init, input = url) {
  try {
    const res = await fetch(input, init);
    console.log(label, '->', await res.text());
  } catch (e) {
    console.log(label, 'error', e.name, '|', e.message);
  }
}

const form = new FormData();
form.append('field', 'value');
form.append('file', new Blob(['abc'], { type: 'text/plain' }), 'f.txt');
await send('string', { method: 'POST', body: 'héllo' });
await send('empty string', { method: 'POST', body: '' });
await send('URLSearchParams', { method: 'PUT', body: new URLSearchParams([['a', '1'], ['b', 'x y']]) });
await send('Blob typed', { method: 'POST', body: new Blob(['<b/>'], { type: 'Application/XML' }) });
await send('Blob untyped', { method: 'POST', body: new Blob(['raw']) });
await send('ArrayBuffer', { method: 'POST', body: new TextEncoder().encode('ab').buffer });
await send('Uint16Array', { method: 'POST', body: new Uint16Array([0x4241]) });
await send('subarray view', { method: 'POST', body: new Uint8Array([65, 66, 67, 68]).subarray(1, 3) });
await send('DataView', { method: 'POST', body: new DataView(new Uint8Array([69, 70]).buffer) });
await send('FormData', { method: 'POST', body: form });
await send('user content-type', { method: 'POST', body: 'x', headers: { 'Content-Type': 'application/custom' } });
await send('number', { method: 'POST', body: 42 });
await send('DELETE with body', { method: 'DELETE', body: 'gone' });
await send('PATCH', { method: 'PATCH', body: 'p' });
await send('async iterable', { method: 'POST', duplex: 'half', body: (async function* () { yield new Uint8Array([104, 105]); yield new Uint8Array([33]); })() });
await send('ReadableStream', {
  method: 'POST',
  duplex: 'half',
  body: new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('streamed'));
      controller.close();
    },
  }),
});
await send('stream without duplex', { method: 'POST', body: new ReadableStream() });
await send('Request input', undefined, new Request(url, { method: 'POST', body: 'from request' }));
await send('Request input, new body', { body: 'override' }, new Request(url, { method: 'PUT', body: 'old' }));
await send('GET with body', { body: 'x' });
server.close();
