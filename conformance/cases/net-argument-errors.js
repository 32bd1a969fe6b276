'use strict';
// Argument checks across net: Socket methods and options, connect() host and hint types, Server
// options, listen ports, getConnections without a callback, the autoSelectFamily defaults, and
// what an unconnected socket's write(), end() and resetAndDestroy() report.
const net = require('net');
const log = (...a) => console.log(...a);
function t(label, fn) {
  try {
    const r = fn();
    log(label, 'ok', typeof r);
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
}
const s = new net.Socket();
t('setNoDelay', () => s.setNoDelay());
t('setKeepAlive', () => s.setKeepAlive(true, 1000));
t('address', () => s.address());
t('ref', () => s.ref()); t('unref', () => s.unref());
t('setTimeout str', () => s.setTimeout('1'));
t('setTimeout cb bad', () => s.setTimeout(10, 'x'));
t('connect no args', () => s.connect());
t('connect bad port', () => s.connect({ port: 'abc' }));
t('connect host number', () => s.connect({ port: 80, host: 123 }));
t('connect host obj', () => s.connect({ port: 80, host: {} }));
t('connect path+port', () => { const x = new net.Socket(); x.on('error', () => {}); x.connect({ port: 80, path: '/nonexistent/sock' }); x.destroy(); });
t('connect family bad', () => net.connect({ port: 80, host: '127.0.0.1', family: 'IPv5' }).destroy());
t('connect hints bad', () => net.connect({ port: 80, host: 'localhost', hints: 'x' }));
t('connect noDelay', () => net.connect({ port: 80, host: '127.0.0.1', noDelay: 1 }).destroy());
t('Socket fd', () => new net.Socket({ fd: 'x' }));
t('createServer bad', () => net.createServer(5));
t('createServer hwm bad', () => net.createServer({ highWaterMark: 'x' }));
t('listen port 65536 str', () => net.createServer().listen('65536'));
t('server.close twice', () => { const sv = net.createServer(); sv.close((e) => log('close cb', e && e.code)); });
t('getConnections no cb', () => net.createServer().getConnections());
t('maxConnections', () => { const sv = net.createServer(); log(' maxConnections', sv.maxConnections); sv.maxConnections = 'x'; return sv; });
t('isIP num', () => log(' ', net.isIP(1), net.isIPv4('1.1.1.1'), net.isIPv6('::')));
t('Socket objectMode', () => new net.Socket({ readableObjectMode: true }));
t('connect keepAliveInitialDelay bad', () => net.connect({ port: 80, host: '127.0.0.1', keepAliveInitialDelay: 'x' }));
t('setDefaultAutoSelectFamily bad', () => net.setDefaultAutoSelectFamily(1));
t('setDefaultAutoSelectFamilyAttemptTimeout 5', () => { net.setDefaultAutoSelectFamilyAttemptTimeout(5); log(' ', net.getDefaultAutoSelectFamilyAttemptTimeout()); });
t('setDefaultAutoSelectFamilyAttemptTimeout 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
t('setDefaultAutoSelectFamilyAttemptTimeout str', () => net.setDefaultAutoSelectFamilyAttemptTimeout('5'));
t('write before connect', () => { const x = new net.Socket(); x.on('error', (e) => log(' write err', e.code)); return x.write('a', (e) => log(' write cb', e && e.code, e && e.message)); });
t('end before connect', () => { const x = new net.Socket(); x.on('error', (e) => log(' end err', e.code)); x.on('finish', () => log(' end finish')); x.on('close', () => log(' end close')); return x.end('a'); });
t('resetAndDestroy unconnected', () => { const x = new net.Socket(); x.on('error', (e) => log(' reset err', e.code, e.message)); x.on('close', (h) => log(' reset close', h)); return x.resetAndDestroy(); });
