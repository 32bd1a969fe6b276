'use strict';
// options.createConnection (used only when no agent is given; agent: false makes one): returning a socket, handing it to the callback
// instead, failing through the callback, and throwing; the options it receives.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`served ${req.url}`));

function run(label, createConnection, extra = {}) {
  return new Promise((resolve) => {
    const log = [];
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path: `/${label.replace(/ /g, '-')}`, createConnection, ...extra }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => log.push(`body ${body}`));
    });
    req.on('socket', (s) => log.push(`socket ${s instanceof net.Socket}`));
    // A connection that fails through the callback reports 'error' without 'close'.
    const report = () => setTimeout(() => {
      console.log(label, log.join(' | '));
      resolve();
    }, 30);
    req.on('error', (e) => {
      log.push(`error ${e.message}`);
      report();
    });
    req.on('close', () => {
      log.push('close');
      if (!log.some((line) => line.startsWith('error'))) report();
    });
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('returned', (options) => {
    console.log('  options', options.host, options.port === server.address().port, options.path, typeof options.agent);
    return net.connect(options.port, options.host);
  });
  await run('callback', (options, cb) => {
    setTimeout(() => cb(null, net.connect(options.port, options.host)), 10);
  });
  await run('callback error', (options, cb) => {
    setTimeout(() => cb(new Error('no connection for you')), 10);
  });
  await run('throws', () => {
    throw new Error('thrown in createConnection');
  });
  await run('ignored with agent false', () => {
    throw new Error('never called');
  }, { agent: false });
  await run('both', (options, cb) => {
    const socket = net.connect(options.port, options.host);
    cb(null, socket);
    return socket;
  });
  server.close();
});
