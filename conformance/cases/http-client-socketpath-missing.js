'use strict';
// A request to a Unix socket path that does not exist fails with ENOENT through the request's
// 'error' event (the connect error arrives after the request has attached its listeners).
const http = require('http');
const os = require('os');
const path = require('path');

const socketPath = path.join(os.tmpdir(), `coil-http-missing-${process.pid}.sock`);
// The three requests fail independently: their reports are printed sorted.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
for (const agent of [undefined, false, new http.Agent({ keepAlive: true })]) {
  const req = http.get({ socketPath, path: '/x', agent });
  const log = [];
  req.on('socket', () => log.push('socket'));
  req.on('error', (e) => log.push(`error ${e.code} ${e.syscall} ${e.message.split(socketPath).join('SOCKET')}`));
  req.on('close', () => {
    log.push('close');
    lines.push(`${agent === undefined ? 'global agent' : agent === false ? 'agent false' : 'keep-alive agent'} ${log.join(' | ')}`);
  });
}
