'use strict';
const { Readable, Writable, Duplex } = require('stream');

// Web-stream adapters are not available: what is thrown (status only checked on coil).
for (const fn of [Readable.toWeb, Readable.fromWeb, Writable.toWeb, Writable.fromWeb, Duplex.toWeb, Duplex.fromWeb]) {
  console.log(typeof fn);
}
