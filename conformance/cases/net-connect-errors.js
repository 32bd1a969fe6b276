'use strict';
// connect() argument validation errors, thrown synchronously.
const net = require('net');

function attempt(label, fn) {
  try {
    const s = fn();
    console.log(label, 'no throw');
    s.on('error', (e) => console.log(label, 'async error', e.code));
    s.destroy();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('port -1', () => net.connect(-1, '127.0.0.1'));
attempt('port 65536', () => net.connect({ port: 65536, host: '127.0.0.1' }));
attempt('port bool', () => net.connect({ port: true, host: '127.0.0.1' }));
attempt('port object', () => net.connect({ port: {}, host: '127.0.0.1' }));
attempt('port float', () => net.connect({ port: 1.5, host: '127.0.0.1' }));
attempt('port string bad', () => net.connect({ port: 'abc', host: '127.0.0.1' }));
attempt('no port no path', () => net.connect({ host: '127.0.0.1' }));
attempt('localAddress bad', () => net.connect({ port: 80, host: '127.0.0.1', localAddress: 'nope' }));
attempt('localPort bad', () => net.connect({ port: 80, host: '127.0.0.1', localPort: 'x' }));
attempt('lookup not fn', () => net.connect({ port: 80, host: 'localhost', lookup: 5 }));
attempt('path number', () => net.connect({ path: 5 }));
attempt('timeout string', () => net.connect({ port: 80, host: '127.0.0.1', timeout: 'x' }));
attempt('family bad', () => net.connect({ port: 80, host: 'localhost', family: 5 }));
attempt('autoSelectFamily bad', () => net.connect({ port: 80, host: 'localhost', autoSelectFamily: 1 }));
attempt('objectMode', () => new net.Socket({ objectMode: true }));
attempt('readableObjectMode', () => new net.Socket({ readableObjectMode: true }));
attempt('hints bad', () => net.connect({ port: 80, host: 'localhost', hints: -1 }));
attempt('setDefaultAutoSelectFamily', () => net.setDefaultAutoSelectFamily('yes'));
attempt('setDefaultAutoSelectFamilyAttemptTimeout', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
console.log('defaults', net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
