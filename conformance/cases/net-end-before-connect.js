'use strict';
// write() and end() while still connecting: the data is sent once connected, then the FIN;
// readyState and the flags along the way.
const net = require('net');

const server = net.createServer((socket) => {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { text += d; });
  socket.on('end', () => {
    console.log('server got', JSON.stringify(text));
    socket.end('reply');
  });
});

function flags(label, s) {
  console.log(label, s.readyState, 'writable', s.writable, 'readable', s.readable,
    'writableEnded', s.writableEnded, 'writableFinished', s.writableFinished, 'pending', s.pending);
}

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.write('hello ');
  client.end('world');
  flags('after end', client);
  client.on('connect', () => flags('connect', client));
  client.on('finish', () => flags('finish', client));
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.on('end', () => {
    console.log('client got', JSON.stringify(reply));
    flags('end', client);
  });
  client.on('close', (hadError) => {
    flags('close', client);
    console.log('hadError', hadError);
    server.close();
  });
});
