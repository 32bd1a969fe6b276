'use strict';
// write()/end() argument errors on a socket: thrown synchronously, and the socket stays usable.
const net = require('net');

function attempt(label, fn) {
  try {
    const ret = fn();
    console.log(label, 'returned', typeof ret === 'object' ? 'socket' : ret);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = net.createServer((socket) => {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { text += d; });
  socket.on('end', () => {
    console.log('server received', JSON.stringify(text));
    socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    attempt('number', () => client.write(123));
    attempt('object', () => client.write({}));
    attempt('null', () => client.write(null));
    attempt('undefined', () => client.write(undefined));
    attempt('bad encoding', () => client.write('x', 'no-such-encoding'));
    attempt('bool', () => client.write(true));
    attempt('Uint8Array', () => client.write(new Uint8Array([0x6f, 0x6b])));
    attempt('DataView', () => client.write(new DataView(new ArrayBuffer(1))));
    attempt('string', () => client.write(' fine'));
    attempt('end number', () => client.end(5));
    console.log('writable after errors', client.writable, 'destroyed', client.destroyed);
    client.end(' done');
  });
  client.on('error', (e) => console.log('error event', e.code));
  client.on('close', () => server.close());
});
