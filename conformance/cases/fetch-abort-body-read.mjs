// Aborting a fetch after the response headers arrived: text(), the body reader and async
// iteration reject with the signal's reason (AbortError by default, or a custom reason);
// aborting after the body was read changes nothing; AbortSignal.timeout while streaming.
import http from 'node:http';

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write('first chunk;');
  if (req.url === '/complete') return res.end('done');
  // The rest never comes: the body stays open until the client gives up.
  req.on('close', () => res.destroy());
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const describe = (e) => `${e.name} | ${e.message}${e.code !== undefined ? ` | ${e.code}` : ''}`;

// `read` gets the response and the function that aborts it (when it has seen what it wants).
async function abortDuring(label, read, reason) {
  const controller = new AbortController();
  const res = await fetch(`${base}/open`, { signal: controller.signal });
  const abort = () => (reason === undefined ? controller.abort() : controller.abort(reason));
  try {
    await read(res, abort);
    console.log(label, 'resolved');
  } catch (e) {
    console.log(label, 'rejected', describe(e), e === reason);
  }
  console.log(label, 'bodyUsed', res.bodyUsed);
}

const later = (read) => (res, abort) => {
  setTimeout(abort, 30);
  return read(res);
};
await abortDuring('text', later((res) => res.text()));
await abortDuring('arrayBuffer custom', later((res) => res.arrayBuffer()), new Error('my reason'));
await abortDuring('string reason', later((res) => res.json()), 'just a string');
await abortDuring('reader', async (res, abort) => {
  const reader = res.body.getReader();
  const first = await reader.read();
  console.log('reader first', new TextDecoder().decode(first.value));
  abort();
  await reader.read();
});
await abortDuring('async iteration', async (res, abort) => {
  for await (const chunk of res.body) {
    console.log('iterated', chunk.length);
    abort();
  }
});

const controller = new AbortController();
const done = await fetch(`${base}/complete`, { signal: controller.signal });
const text = await done.text();
controller.abort();
console.log('after read', text, controller.signal.aborted);

const timed = await fetch(`${base}/open`, { signal: AbortSignal.timeout(300) });
try {
  await timed.text();
} catch (e) {
  console.log('timeout', describe(e));
}
server.close();
