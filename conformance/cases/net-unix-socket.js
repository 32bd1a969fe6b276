'use strict';
// A Unix domain socket server: address() is the path, the client has no remote address,
// the socket file exists while listening and is removed when the server closes.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-net-unix-'));
const sockPath = path.join(dir, 'echo.sock');
const server = net.createServer((socket) => {
  console.log('server remoteAddress', socket.remoteAddress, 'remoteFamily', socket.remoteFamily);
  console.log('server address()', JSON.stringify(socket.address()));
  socket.pipe(socket);
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath);
  console.log('socket file is a socket', fs.statSync(sockPath).isSocket());
  const client = net.connect(sockPath, () => {
    console.log('client connected; remoteAddress', client.remoteAddress, 'localPort', client.localPort);
    client.end('over unix');
  });
  client.setEncoding('utf8');
  let text = '';
  client.on('data', (d) => { text += d; });
  client.on('close', () => {
    console.log('echo', text, 'bytes', client.bytesRead, client.bytesWritten);
    server.close(() => {
      console.log('file after close', fs.existsSync(sockPath));
      // Connecting to a path where nothing listens.
      const missing = net.connect({ path: sockPath });
      missing.on('error', (e) => {
        console.log('missing', e.code, e.syscall, e.message.replace(sockPath, 'PATH'), e.address === sockPath);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
