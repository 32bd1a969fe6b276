'use strict';
// stream.pipeline(socket, transform, socket): an upper-casing server.
const net = require('net');
const { pipeline, Transform } = require('stream');

const serverLog = [];
const server = net.createServer((socket) => {
  const upper = new Transform({
    transform(chunk, encoding, cb) {
      cb(null, chunk.toString().toUpperCase());
    },
  });
  pipeline(socket, upper, socket, (err) => {
    serverLog.push(`pipeline done ${err}`);
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.write('hello ');
  client.write('pipeline ');
  client.end('world');
  client.on('end', () => console.log('reply', reply));
  client.on('close', () => {
    server.close(() => {
      console.log(serverLog.join('\n'));
      // pipeline with the promise API and an error from the transform.
      promiseForm();
    });
  });
});

function promiseForm() {
  const { pipeline: pipelineP } = require('stream/promises');
  const s2 = net.createServer((socket) => {
    const failing = new Transform({
      transform(chunk, encoding, cb) {
        cb(new Error('transform failed'));
      },
    });
    pipelineP(socket, failing, socket).catch((err) => {
      console.log('server pipeline rejected', err.message, 'socket destroyed', socket.destroyed);
    });
  });
  s2.listen(0, '127.0.0.1', () => {
    const c = net.connect(s2.address().port, '127.0.0.1');
    c.on('error', (e) => console.log('client error', e.code));
    c.write('x');
    c.resume();
    c.on('close', () => s2.close(() => console.log('closed')));
  });
}
