'use strict';
// A response's state through its life: headersSent, writableEnded, writableFinished, finished,
// writableLength, writableCorked, destroyed, closed; and the request's complete/readable flags.
const http = require('http');

function state(label, req, res) {
  console.log(label.padEnd(14), 'headersSent', res.headersSent, 'ended', res.writableEnded,
    'finished', res.writableFinished, res.finished, 'corked', res.writableCorked, 'destroyed', res.destroyed,
    'closed', res.closed, '| req complete', req.complete, 'readableEnded', req.readableEnded);
}

const server = http.createServer((req, res) => {
  state('fresh', req, res);
  console.log('highWaterMark', res.writableHighWaterMark, 'statusCode', res.statusCode, 'statusMessage', res.statusMessage);
  req.resume();
  req.on('end', () => {
    state('req ended', req, res);
    res.cork();
    state('corked', req, res);
    res.write('a');
    state('written', req, res);
    res.uncork();
    res.end('b', () => state('end callback', req, res));
    state('end called', req, res);
  });
  res.on('finish', () => state('finish', req, res));
  res.on('close', () => {
    state('close', req, res);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => res.resume());
  req.end('body');
});
