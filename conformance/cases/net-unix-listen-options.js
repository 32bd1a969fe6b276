'use strict';
// listen({ path }) and an EADDRINUSE on a path that is already bound.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-net-unixopt-'));
const sockPath = path.join(dir, 's.sock');
const server = net.createServer((s) => s.end('hi'));
server.listen({ path: sockPath }, () => {
  console.log('listening', server.listening, server.address() === sockPath);
  const other = net.createServer();
  other.on('error', (e) => {
    console.log('second', e.code, e.syscall, Object.keys(e), e.message.replace(sockPath, 'PATH'));
    net.connect({ path: sockPath }).setEncoding('utf8').on('data', (d) => {
      console.log('data', d);
    }).on('close', () => {
      server.close(() => {
        console.log('exists after close', fs.existsSync(sockPath));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
  other.listen(sockPath);
});
