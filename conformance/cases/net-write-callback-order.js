'use strict';
// Write callbacks run in write order, before 'finish'; writableLength and bufferSize count what
// is queued; a write with an empty chunk still calls back.
const net = require('net');

const server = net.createServer((socket) => {
  let total = 0;
  socket.on('data', (d) => { total += d.length; });
  socket.on('end', () => {
    console.log('server received', total);
    socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const log = [];
  // Queued while connecting.
  client.write('one', () => log.push('cb one'));
  client.write(Buffer.from('two'), () => log.push('cb two'));
  client.write('', () => log.push('cb empty'));
  client.write('74687265', 'hex', () => log.push('cb three (hex)'));
  log.push(`connecting writableLength ${client.writableLength} bufferSize ${client.bufferSize}`);
  client.on('connect', () => {
    log.push('connect');
    const big = Buffer.alloc(256 * 1024, 'x');
    const ret = client.write(big, () => log.push('cb big'));
    log.push(`big write returned a boolean ${typeof ret}`);
    client.write('after big', () => log.push('cb after big'));
    client.end('last', () => log.push('cb end'));
  });
  client.on('drain', () => log.push('drain'));
  client.on('prefinish', () => log.push('prefinish'));
  client.on('finish', () => log.push(`finish writableFinished ${client.writableFinished} bytesWritten ${client.bytesWritten}`));
  client.resume();
  client.on('close', () => {
    console.log(log.join('\n'));
    server.close();
  });
});
