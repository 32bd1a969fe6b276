// Malformed request header lines get llhttp's error code and position (bytesParsed): bare CRs,
// bad name and value bytes, a space before the colon, an empty name.
const net = require('net');
const http = require('http');

const inputs = [
  'GET / HTTP/1.1\r\nDummy: Header\rX: 1\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy: Header\r\r\n\r\n',
  'GET / HTTP/1.1\r\nDum\rmy: Header\r\n\r\n',
  'GET / HTTP/1.1\r\n: empty\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\n\rX\r\n\r\n',
  'GET / HTTP/1.1\r\nA: b\x01c\r\n\r\n',
  'GET / HTTP/1.1\r\nA b: c\r\n\r\n',
  'GET / HTTP/1.1\r\nA : c\r\n\r\n',
  'GET / HTTP/1.1\r\nA:\rc\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: \x7f\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\n X: folded\r\n\r\n',
];

let i = 0;
const server = http.createServer((req, res) => {
  console.log(i, 'request', JSON.stringify(req.headers));
  res.end();
}).on('clientError', (err, socket) => {
  console.log(i, err.code, err.bytesParsed, err.message);
  socket.destroy();
});

function next() {
  if (i >= inputs.length) return server.close();
  const client = net.connect(server.address().port, () => client.end(inputs[i]));
  client.resume();
  client.on('close', () => { i++; next(); });
}
server.listen(0, '127.0.0.1', next);
