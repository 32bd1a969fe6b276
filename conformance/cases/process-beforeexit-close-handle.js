// A 'beforeExit' handler that opens and closes a server keeps the loop turning (the closing
// handle is pending work, as in libuv), so 'beforeExit' is emitted again. close() before a
// listen's host lookup finishes cancels that listen.
const net = require('net');

const early = net.createServer();
early.listen(0, '127.0.0.1', () => console.log('unexpected listening'));
early.close((e) => console.log('early close', e && e.code));
setTimeout(() => console.log('early listening', early.listening), 50);

let n = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', ++n);
  if (n === 1) {
    const server = net.createServer();
    server.listen(0);
    server.close(() => console.log('closed'));
  } else if (n === 2) {
    const other = net.createServer();
    other.listen(0, '127.0.0.1', () => console.log('unexpected'));
    other.close();
  }
});
process.on('exit', (code) => console.log('exit', code, n));
