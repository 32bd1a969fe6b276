'use strict';
// end(data, cb): the callback runs at 'finish'; end() returns the socket; write callbacks run
// in order before it.
const net = require('net');

const server = net.createServer((s) => {
  s.resume();
  s.on('end', () => s.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const log = [];
  c.write('a', () => log.push('write a cb'));
  c.write('b', () => log.push('write b cb'));
  const ret = c.end('c', () => log.push('end cb'));
  log.push(`end returns socket ${ret === c}`);
  log.push(`writableEnded ${c.writableEnded} writableFinished ${c.writableFinished}`);
  c.on('finish', () => log.push('finish'));
  c.on('prefinish', () => log.push('prefinish'));
  c.on('end', () => log.push('end'));
  c.on('close', () => {
    log.push('close');
    const again = c.end(() => log.push('second end cb'));
    log.push(`second end returns socket ${again === c}`);
    setTimeout(() => {
      console.log(log.join('\n'));
      server.close();
    }, 10);
  });
  c.resume();
});
