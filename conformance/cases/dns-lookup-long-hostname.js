// A host name longer than 255 bytes fails the lookup with EINVAL (libuv's limit), through
// dns.lookup, dns.promises.lookup and an http request.
const dns = require('dns');
const http = require('http');

const long = 'a'.repeat(256);
dns.lookup(long, (err) => {
  console.log('lookup', err.code, err.errno, err.syscall, err.hostname === long, err.message === `getaddrinfo EINVAL ${long}`);
  dns.promises.lookup(long).catch((err2) => {
    console.log('promises', err2.code, err2.syscall);
    http.get({ host: long, port: 42 }).on('error', (err3) => {
      console.log('http', err3.code, err3.syscall);
    });
  });
});
