'use strict';
const e = (err) => err ? `${err.name} ${err.code} ${err.message}` : err;
const stream = require('stream');
const { Readable } = stream;
const EventEmitter = require('events');

// stream.destroy(stream[, err]): AbortError for unfinished streams; works on plain emitters.
const r = new Readable({ read() {} });
r.on('error', (err) => console.log('r error', e(err)));
r.on('close', () => console.log('r close'));
stream.destroy(r);
console.log(r.destroyed, e(r.errored));

const done = new Readable({ read() {} });
done.push(null);
done.resume();
done.on('end', () => {
  stream.destroy(done);
  console.log('done', done.destroyed, done.errored);
});

const legacy = new EventEmitter();
legacy.on('error', (err) => console.log('legacy error', e(err)));
legacy.on('close', () => console.log('legacy close'));
stream.destroy(legacy, new Error('legacy'));
console.log(stream.destroy(null), stream.isDestroyed(legacy));
