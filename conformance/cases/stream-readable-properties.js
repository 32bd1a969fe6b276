'use strict';

// The readable* properties through a stream's life.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const props = () => JSON.stringify({
  readable: r.readable, ended: r.readableEnded, flowing: r.readableFlowing, length: r.readableLength,
  didRead: r.readableDidRead, aborted: r.readableAborted, destroyed: r.destroyed, closed: r.closed,
  errored: r.errored, hwm: r.readableHighWaterMark, objectMode: r.readableObjectMode,
  encoding: r.readableEncoding,
});
console.log('new', props());
r.push('x');
console.log('pushed', props());
r.on('data', () => console.log('data', props()));
r.push(null);
r.on('end', () => console.log('end', props()));
r.on('close', () => console.log('close', props()));
