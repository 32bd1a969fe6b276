// server.listen({ fd }) on a descriptor that is not a socket fails as libuv makes it fail:
// asynchronously, with EINVAL (a file, /dev/null, a non-integer fd); a negative fd is refused.
const net = require('net');
const fs = require('fs');

function attempt(fd, label) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.on('error', (e) => {
      console.log(label, e.message, e.code, e.errno, e.syscall, e.address, e.port, server.listening);
      resolve();
    });
    server.listen({ fd });
    console.log(label, 'listen returned', server.listening);
  });
}

(async () => {
  await attempt(fs.openSync(__filename, 'r'), 'file');
  await attempt(fs.openSync('/dev/null', 'r'), 'devnull');
  await attempt(1.5, 'fraction');
  try {
    net.createServer().listen({ fd: -1 });
  } catch (e) {
    console.log('negative', e.code);
  }
})();
