'use strict';
// listen() argument errors: bad ports (ERR_SOCKET_BAD_PORT) and options without port or path.
const net = require('net');

function attempt(label, ...args) {
  const server = net.createServer();
  try {
    server.listen(...args);
    console.log(label, 'no throw; listening soon');
    server.close();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('negative', -1);
attempt('too big', 65536);
attempt('float', 1.5);
attempt('NaN', NaN);
attempt('options negative', { port: -5 });
attempt('options bool', { port: true });
attempt('options string bad', { port: 'abc' });
attempt('options empty string', { port: '' });
attempt('options object', {});
attempt('options host only', { host: '127.0.0.1' });
attempt('options backlog only', { backlog: 10 });
attempt('options path number', { path: 42 });
attempt('boolean arg', true);
attempt('null options port', { port: null, path: undefined }, () => {});
