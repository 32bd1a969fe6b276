'use strict';
// localhost with family 4 is 127.0.0.1 (IPv6 answers depend on the machine: not printed).
const dns = require('dns');

dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  console.log('family 4:', err, address, family);
  dns.lookup('localhost', { family: 4, all: true }, (err2, addresses) => {
    console.log('all family 4:', err2, Array.isArray(addresses), addresses.some((a) => a.address === '127.0.0.1'),
      addresses.every((a) => a.family === 4 && Object.keys(a).join() === 'address,family'));
    dns.lookup('localhost', 4, (err3, address3, family3) => {
      console.log('number family:', err3, address3, family3);
      dns.lookup('localhost', { family: 'IPv4' }, (err4, address4, family4) => {
        console.log('IPv4 string:', err4, address4, family4);
        // Sequenced after the others: concurrent lookups may finish in any order.
        dns.lookup('localhost', (err5, address5, family5) => {
          console.log('any family: err', err5, 'address is IP', require('net').isIP(address5) === family5);
        });
      });
    });
  });
});
