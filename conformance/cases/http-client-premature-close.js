'use strict';
// A response cut short by the server (fewer bytes than Content-Length, a chunked body without its
// last chunk): the client's 'aborted', 'error' (ECONNRESET aborted), 'close' on the response,
// res.complete, and what stream.finished and stream.pipeline report.
const http = require('http');
const net = require('net');
const { finished, pipeline, Writable } = require('stream');

const replies = {
  '/short': 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
  '/chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n',
  '/full': 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc',
};

const server = net.createServer((socket) => {
  socket.once('data', (d) => {
    const path = /^GET (\S+)/.exec(String(d))[1].replace(/\?.*/, '');
    socket.write(replies[path]);
    // Give the client the partial body first, then drop the connection.
    setTimeout(() => socket.destroy(), 30);
  });
});

function events(path) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent: false }, (res) => {
      res.on('data', (d) => log.push(`data ${d}`));
      res.on('aborted', () => log.push(`aborted complete=${res.complete}`));
      res.on('error', (e) => log.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => log.push(`end complete=${res.complete}`));
      res.on('close', () => {
        log.push(`res close aborted=${res.aborted} destroyed=${res.destroyed}`);
      });
    });
    req.on('error', (e) => log.push(`req error ${e.code} ${e.message}`));
    // Report once both the request and its response have closed.
    let closes = 0;
    const closed = () => {
      if (++closes === 2) {
        setImmediate(() => {
          console.log('events', path, log.join(' | '));
          resolve();
        });
      }
    };
    req.on('close', () => {
      log.push('req close');
      closed();
    });
    req.on('response', (res) => res.on('close', closed));
  });
}

function viaFinished(path) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: `${path}?finished`, agent: false }, (res) => {
      res.resume();
      finished(res, (err) => {
        console.log('finished', path, err ? `${err.code} ${err.message}` : 'ok');
        resolve();
      });
    });
  });
}

function viaPipeline(path) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: `${path}?pipeline`, agent: false }, (res) => {
      let got = '';
      const sink = new Writable({
        write(chunk, enc, cb) {
          got += chunk;
          cb();
        },
      });
      pipeline(res, sink, (err) => {
        console.log('pipeline', path, JSON.stringify(got), err ? `${err.code} ${err.message}` : 'ok');
        resolve();
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const path of Object.keys(replies)) await events(path);
  for (const path of Object.keys(replies)) await viaFinished(path);
  for (const path of Object.keys(replies)) await viaPipeline(path);
  server.close();
});
