'use strict';
// http.request option validation: exact codes and messages, thrown synchronously.
const http = require('http');

function show(label, fn) {
  try {
    const req = fn();
    console.log(label, 'ok', req.method, req.path, JSON.stringify(req.getHeader('host')));
    req.on('error', () => {});
    req.destroy();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const base = { host: '127.0.0.1', port: 1 };
show('method number', () => http.request({ ...base, method: 42 }));
show('method bad token', () => http.request({ ...base, method: 'GE T' }));
show('method lower', () => http.request({ ...base, method: 'patch' }));
show('method empty', () => http.request({ ...base, method: '' }));
show('path space', () => http.request({ ...base, path: '/a b' }));
show('path unicode', () => http.request({ ...base, path: '/\u2603' }));
show('path latin1', () => http.request({ ...base, path: '/\u00e9' }));
show('protocol https', () => http.request({ ...base, protocol: 'https:' }));
show('protocol ftp', () => http.request({ ...base, protocol: 'ftp:' }));
show('url https', () => http.request('https://127.0.0.1:1/'));
show('bad url', () => http.request('not a url'));
show('agent bad', () => http.request({ ...base, agent: 'yes' }));
show('agent obj', () => http.request({ ...base, agent: {} }));
show('host number', () => http.request({ host: 5, port: 1 }));
show('hostname obj', () => http.request({ hostname: {}, port: 1 }));
show('timeout string', () => http.request({ ...base, timeout: '5' }));
show('timeout negative', () => http.request({ ...base, timeout: -1 }));
show('maxHeaderSize bad', () => http.request({ ...base, maxHeaderSize: -1 }));
show('maxHeaderSize str', () => http.request({ ...base, maxHeaderSize: 'x' }));
show('insecureHTTPParser', () => http.request({ ...base, insecureHTTPParser: 1 }));
show('joinDuplicateHeaders', () => http.request({ ...base, joinDuplicateHeaders: 'yes' }));
show('headers bad name', () => http.request({ ...base, headers: { 'a b': 1 } }));
show('headers bad value', () => http.request({ ...base, headers: { a: 'x\ny' } }));
show('headers array odd', () => http.request({ ...base, headers: ['a', 'b', 'c'] }));
show('headers array', () => http.request({ ...base, headers: ['X-A', '1', 'X-A', '2'] }));
show('default port host', () => http.request({ host: 'example.test', port: 80 }));
show('other port host', () => http.request({ host: 'example.test', port: 8080 }));
show('ipv6 host', () => http.request({ host: '::1', port: 8080 }));
show('setHost false', () => http.request({ ...base, setHost: false }));
show('explicit Host', () => http.request({ ...base, headers: { host: 'custom' } }));
show('auth', () => {
  const req = http.request({ ...base, auth: 'user:pa ss' });
  console.log('  authorization', req.getHeader('authorization'));
  return req;
});
show('url auth', () => {
  const req = http.request('http://us%20er:p%40ss@127.0.0.1:1/p?q=1#h');
  console.log('  authorization', req.getHeader('authorization'), req.path);
  return req;
});
show('url object', () => http.request(new URL('http://127.0.0.1:1/x/y?z')));
show('url + options', () => http.request('http://127.0.0.1:1/orig', { path: '/over', method: 'PUT' }));
show('createConnection throws', () => http.request({ ...base, createConnection() { throw new Error('nope'); } }));
