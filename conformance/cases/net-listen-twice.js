'use strict';
// listen() on a server already listening throws ERR_SERVER_ALREADY_LISTEN. With a host, the
// handle only exists after the (asynchronous) lookup, so a second call in the same tick is let
// through and reuses the handle.
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1');
try {
  server.listen(0, '127.0.0.1');
  console.log('second listen with a host did not throw');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
let listeningEvents = 0;
server.on('listening', () => {
  listeningEvents++;
  try {
    server.listen(0);
  } catch (err) {
    console.log('again', err.name, err.code, err.message);
  }
  server.close(() => {
    console.log('closed; listening events', listeningEvents);
    // Without a host the handle exists at once: the second call throws synchronously.
    const plain = net.createServer();
    plain.listen(0);
    try {
      plain.listen(0);
    } catch (err) {
      console.log('sync', err.code);
    }
    plain.close(() => console.log('plain closed'));
  });
});
