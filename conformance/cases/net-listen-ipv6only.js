'use strict';
// listen({ ipv6Only }): an IPv6 wildcard listener normally takes IPv4 connections too (dual
// stack); with ipv6Only it refuses them, and an IPv4 listener on the same port can coexist.
const net = require('net');

function listen(options) {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.end('hello'));
    server.on('error', (e) => resolve({ server, error: e }));
    server.listen(options, () => resolve({ server }));
  });
}

function tryConnect(port, host) {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { data += d; });
    socket.on('error', (e) => resolve(`error ${e.code}`));
    socket.on('end', () => resolve(`got ${data}`));
  });
}

(async () => {
  const dual = await listen({ host: '::', port: 0 });
  const dualAddress = dual.server.address();
  console.log('dual stack', dualAddress.address, dualAddress.family);
  console.log(' via ipv4:', await tryConnect(dualAddress.port, '127.0.0.1'));
  console.log(' via ipv6:', await tryConnect(dualAddress.port, '::1'));
  dual.server.close();

  const v6only = await listen({ host: '::', port: 0, ipv6Only: true });
  const port = v6only.server.address().port;
  console.log('ipv6Only', v6only.server.address().address);
  console.log(' via ipv4:', await tryConnect(port, '127.0.0.1'));
  console.log(' via ipv6:', await tryConnect(port, '::1'));
  const v4 = await listen({ host: '0.0.0.0', port });
  console.log('ipv4 listener on the same port:', v4.error ? v4.error.code : 'ok');
  if (!v4.error) {
    console.log(' via ipv4 now:', await tryConnect(port, '127.0.0.1'));
    v4.server.close();
  }
  v6only.server.close();

  const noHost = await listen({ port: 0, ipv6Only: true });
  console.log('no host with ipv6Only', noHost.server.address().address);
  console.log(' via ipv4:', await tryConnect(noHost.server.address().port, '127.0.0.1'));
  noHost.server.close();
})();
