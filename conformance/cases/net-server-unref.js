'use strict';
// An unref'd listening server does not keep the process alive; ref() restores that.
const net = require('net');

const server = net.createServer();
console.log('unref before listen returns server', server.unref() === server);
server.listen(0, '127.0.0.1', () => {
  console.log('listening (unref set before listen)');
  const other = net.createServer().listen(0, '127.0.0.1', () => {
    console.log('ref returns server', other.unref().ref() === other);
    setTimeout(() => {
      console.log('other closes');
      other.close();
    }, 30);
  });
});
process.on('exit', (code) => console.log('exit', code, 'server still listening', server.listening));
