'use strict';
const { duplexPair } = require('stream');

// duplexPair(): two connected ends.
const [a, b] = duplexPair();
b.on('data', (d) => console.log('b got', d.toString()));
a.on('data', (d) => console.log('a got', d.toString()));
b.on('end', () => console.log('b end'));
a.write('hello');
b.write('world');
a.end();
