'use strict';
// A closed server can listen again: 'listening' fires each time, address() is null in between,
// and 'close' fires once per close.
const net = require('net');

const server = net.createServer((socket) => socket.end(`served #${round}`));
let round = 0;
let listeningEvents = 0;
let closeEvents = 0;
server.on('listening', () => { listeningEvents++; });
server.on('close', () => { closeEvents++; });

function fetchOnce(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
  });
}

async function cycle() {
  round++;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  console.log(`round ${round}: listening ${server.listening}, address family ${server.address().family}`);
  console.log(`  fetched: ${await fetchOnce(server.address().port)}`);
  await new Promise((resolve) => server.close(resolve));
  console.log(`  closed: listening ${server.listening}, address ${server.address()}`);
}

(async () => {
  console.log('before: listening', server.listening, 'address', server.address());
  await cycle();
  await cycle();
  // A path listener after TCP ones, on the same server object.
  const path = require('path').join(require('os').tmpdir(), `coil-relisten-${process.pid}.sock`);
  await new Promise((resolve) => server.listen(path, resolve));
  console.log('pipe listening', server.listening, 'address is the path', server.address() === path);
  await new Promise((resolve) => server.close(resolve));
  console.log('after pipe close: address is still the path', server.address() === path, 'listening', server.listening);
  console.log('events: listening', listeningEvents, 'close', closeEvents);
})();
