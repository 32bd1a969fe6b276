// How fetch reports a server that misbehaves (raw replies): a connection closed before or during
// the head ("fetch failed", cause SocketError "other side closed"), a body cut short (the read
// rejects with TypeError "terminated"), malformed heads and bodies (HTTPParserError causes with
// undici's wording), an oversized head, and the framings that are fine.
import net from 'node:net';

const replies = {
  '/close': null,
  '/partial-head': 'HTTP/1.1 200 OK\r\nContent-Le',
  '/short-body': 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
  '/short-chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n',
  '/garbage': 'garbage\r\n\r\n',
  '/lower-case-version': 'http/1.1 200 OK\r\n\r\n',
  '/bad-status': 'HTTP/1.1 2x0 OK\r\n\r\n',
  '/bad-version': 'HTTP/9.9 200 OK\r\n\r\n',
  '/header-without-colon': 'HTTP/1.1 200 OK\r\nBad Header\r\n\r\n',
  '/control-char-value': 'HTTP/1.1 200 OK\r\nX: a\x01b\r\n\r\n',
  '/bad-length': 'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n',
  '/two-lengths': 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
  '/length-and-chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
  '/bad-chunk-size': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  '/chunk-overflow': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n',
  '/chunk-missing-crlf': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n',
  '/bad-trailer': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nBad Trailer\r\n\r\n',
  '/huge-head': `HTTP/1.1 200 OK\r\nX: ${'a'.repeat(20000)}\r\n\r\n`,
  '/until-close': 'HTTP/1.1 200 OK\r\n\r\nall of it',
  '/http10': 'HTTP/1.0 200 OK\r\n\r\nold',
  '/no-reason': 'HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok',
};

const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.once('data', (d) => {
    const reply = replies[/GET (\S+)/.exec(String(d))[1]];
    if (reply === null) socket.destroy();
    else socket.end(reply);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const cause = (e) => `${e.cause?.name} ${e.cause?.code} ${e.cause?.message}`;
for (const path of Object.keys(replies)) {
  let res;
  try {
    res = await fetch(`http://127.0.0.1:${server.address().port}${path}`);
  } catch (e) {
    console.log(path, 'fetch rejected:', e.name, e.message, '|', cause(e));
    continue;
  }
  try {
    console.log(path, res.status, JSON.stringify(res.statusText), JSON.stringify(await res.text()));
  } catch (e) {
    console.log(path, res.status, 'body rejected:', e.name, e.message, '|', cause(e));
  }
}
server.close();
