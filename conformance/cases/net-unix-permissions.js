'use strict';
// listen({ path, readableAll, writableAll }) sets the socket file's permission bits.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coil-net-perm-'));
const variants = [
  ['default', {}],
  ['readableAll', { readableAll: true }],
  ['writableAll', { writableAll: true }],
  ['both', { readableAll: true, writableAll: true }],
];

(async () => {
  process.umask(0o022);
  for (const [label, options] of variants) {
    const sockPath = path.join(dir, `${label}.sock`);
    const server = net.createServer();
    await new Promise((resolve) => server.listen({ path: sockPath, ...options }, resolve));
    const mode = fs.statSync(sockPath).mode;
    console.log(label.padEnd(12), 'socket', fs.statSync(sockPath).isSocket(),
      'other r/w', Boolean(mode & 0o004), Boolean(mode & 0o002), 'group r/w', Boolean(mode & 0o040), Boolean(mode & 0o020));
    await new Promise((resolve) => server.close(resolve));
  }
  fs.rmSync(dir, { recursive: true });
})();
