'use strict';
// A net.Socket that was never connected: its properties, and what write() and end() do.
const net = require('net');

const s = new net.Socket();
console.log('readyState', s.readyState, 'pending', s.pending, 'connecting', s.connecting);
console.log('readable', s.readable, 'writable', s.writable, 'destroyed', s.destroyed);
console.log('bufferSize', s.bufferSize, 'bytesRead', s.bytesRead, 'bytesWritten', s.bytesWritten);
console.log('address', s.address(), 'remote', s.remoteAddress, s.remotePort, s.remoteFamily);
console.log('local', s.localAddress, s.localPort, s.localFamily, 'timeout', s.timeout);
console.log('allowHalfOpen', s.allowHalfOpen, 'server', s.server, 'autoSelectFamilyAttemptedAddresses',
  s.autoSelectFamilyAttemptedAddresses);
s.on('error', (e) => console.log('error event', e.code, e.message));
s.on('close', (hadError) => {
  console.log('close', hadError, 'destroyed', s.destroyed);
  const t = new net.Socket();
  t.on('finish', () => console.log('t finish (unexpected)'));
  t.on('close', () => console.log('t close'));
  t.end(() => console.log('t end callback'));
  console.log('t writableEnded', t.writableEnded, 'readyState', t.readyState);
  setTimeout(() => {
    console.log('t finished?', t.writableFinished, 'destroyed', t.destroyed);
    t.destroy();
  }, 30);
});
const ret = s.write('data', (err) => console.log('write callback', err && err.code));
console.log('write returned', ret);
