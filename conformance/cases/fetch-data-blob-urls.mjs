// fetch of data: and blob: URLs (answered without the network): MIME types and bodies of data:
// URLs, base64 and percent-encoding, malformed ones; blob: URLs with their length and type,
// Range requests, methods other than GET, revoked URLs; other schemes; a redirect to data:.
import http from 'node:http';

const show = async (label, f) => {
  try {
    const r = await f();
    const body = r.body === null ? 'null body' : JSON.stringify(await r.text());
    console.log('-', label, r.status, r.statusText, r.type, r.redirected, JSON.stringify([...r.headers]), body);
  } catch (e) {
    console.log('-', label, e.name, '|', e.message, '|', e.cause?.name, e.cause?.message);
  }
};
for (const url of [
  'data:,Hello%2C%20World%21', 'data:text/html;charset=utf-8,<b>x</b>', 'data:text/plain;base64,SGVsbG8=',
  'data:;base64,SGk=', 'data:text/plain ; base64,SGk', 'data:TEXT/Plain;A=b;a=c,x', 'data:;charset=utf-8,%E2%9C%93',
  'data:bogus,x', 'data:,100%', 'data:,a#frag', 'data:;base64,%%%', 'data:;base64,abcde', 'data:text/plain', 'data:image/png;base64,iVBORw0=',
]) {
  await show(url, () => fetch(url));
}
await show('data POST', () => fetch('data:,x', { method: 'POST', body: 'ignored' }));
await show('data HEAD', () => fetch('data:,x', { method: 'HEAD' }));
const data = await fetch('data:,x#y');
console.log('data url', data.url, data.ok);

const blob = new Blob(['0123456789'], { type: 'Text/Plain' });
const url = URL.createObjectURL(blob);
const mask = (r) => r;
await show('blob', () => fetch(url).then(mask));
await show('blob untyped', () => fetch(URL.createObjectURL(new Blob(['raw']))));
for (const range of ['bytes=0-3', 'bytes=2-', 'bytes=0-', 'bytes=-4', 'bytes = 1 - 5', 'bytes=5-2', 'bytes=20-30', 'items=0-1', 'bytes=-']) {
  await show(`range ${range}`, () => fetch(url, { headers: { range } }));
}
await show('blob POST', () => fetch(url, { method: 'POST', body: 'x' }));
await show('blob HEAD', () => fetch(url, { method: 'HEAD' }));
await show('blob query', () => fetch(`${url}?q=1`));
const fetched = await fetch(url);
console.log('blob url same', fetched.url === url, fetched.redirected);
URL.revokeObjectURL(url);
await show('blob revoked', () => fetch(url));
await show('blob unknown', () => fetch('blob:nodedata:00000000-0000-0000-0000-000000000000'));
for (const other of ['about:blank', 'file:///etc/hostname', 'ftp://x.test/', 'ws://x.test/', 'mailto:a@b.test']) {
  await show(other, () => fetch(other));
}

const server = http.createServer((req, res) => {
  res.writeHead(302, { location: 'data:,redirected' });
  res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
await show('redirect to data:', () => fetch(`http://127.0.0.1:${server.address().port}/`));
const manual = await fetch(`http://127.0.0.1:${server.address().port}/`, { redirect: 'manual' });
console.log('manual', manual.status, manual.headers.get('location'));
server.close();
