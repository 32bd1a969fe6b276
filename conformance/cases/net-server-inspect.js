'use strict';
// The own fields of a fresh net.Server, and its options.
const net = require('net');
const util = require('util');

function fields(server) {
  const out = {};
  for (const key of Object.keys(server)) {
    if (key === '_events') continue;
    out[key] = server[key];
  }
  return util.inspect(out, { depth: 0 });
}

const plain = net.createServer();
console.log(fields(plain));
console.log('listening', plain.listening, 'maxConnections', plain.maxConnections);
const custom = new net.Server({
  allowHalfOpen: true, pauseOnConnect: true, noDelay: true, keepAlive: true,
  keepAliveInitialDelay: 2500, highWaterMark: 1024,
}, () => {});
console.log(fields(custom));
console.log('connection listeners', custom.listenerCount('connection'));
console.log('instanceof EventEmitter', custom instanceof require('events'));
console.log('without new', net.Server() instanceof net.Server);
for (const bad of ['x', 5, true]) {
  try {
    net.createServer(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  net.createServer({ keepAliveInitialDelay: 'x' });
} catch (err) {
  console.log(err.code, err.message);
}
try {
  net.createServer({ highWaterMark: 'x' });
} catch (err) {
  console.log(err.code, err.message);
}
