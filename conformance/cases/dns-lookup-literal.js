'use strict';
// dns.lookup of IP literals answers without a resolver, asynchronously.
const dns = require('dns');

const tasks = [
  ['127.0.0.1', {}],
  ['127.0.0.1', 4],
  ['127.0.0.1', 6],
  ['::1', {}],
  ['::1', { family: 4 }],
  ['127.0.0.1', { all: true }],
  ['::ffff:127.0.0.1', { all: true, family: 6 }],
  ['fe80::1%lo', {}],
  ['10.0.0.1', { all: true, verbatim: false }],
  ['', {}],
  ['', { all: true }],
  ['', { family: 6 }],
  [null, {}],
  [undefined, { all: true }],
];

let i = 0;
function next() {
  if (i === tasks.length) return;
  const [host, options] = tasks[i++];
  let sync = true;
  dns.lookup(host, options, (err, address, family) => {
    console.log(JSON.stringify(host), JSON.stringify(options), '->', err, JSON.stringify(address),
      family, 'sync', sync);
    next();
  });
  sync = false;
}
next();
// Two-argument form (callback as options).
dns.lookup('192.168.1.1', (err, address, family) => {
  console.log('two-arg', err, address, family, 'this', this === undefined ? 'undefined' : typeof this);
});
