'use strict';
// Subclassing: ES classes and util.inherits-style constructors, overriding _read/_write/
// _transform/_flush/_final/_destroy/_construct as methods.
const { Readable, Writable, Transform, Duplex } = require('stream');
const util = require('util');

class Counter extends Readable {
  constructor(max, opts) {
    super(opts);
    this.max = max;
    this.n = 0;
  }
  _read() {
    this.n += 1;
    this.push(this.n > this.max ? null : String(this.n));
  }
}

class Upper extends Transform {
  _transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  }
  _flush(cb) {
    this.push('|');
    cb();
  }
}

class Sink extends Writable {
  constructor() {
    super({ decodeStrings: false });
    this.parts = [];
  }
  _construct(cb) {
    console.log('Sink _construct');
    process.nextTick(cb);
  }
  _write(chunk, enc, cb) {
    this.parts.push(String(chunk));
    cb();
  }
  _final(cb) {
    console.log('Sink _final', this.parts.join(','));
    cb();
  }
  _destroy(err, cb) {
    console.log('Sink _destroy', err);
    cb(err);
  }
}

function OldStyle(opts) {
  if (!(this instanceof OldStyle)) return new OldStyle(opts);
  Duplex.call(this, opts);
  this.seen = [];
}
util.inherits(OldStyle, Duplex);
OldStyle.prototype._read = function() {};
OldStyle.prototype._write = function(chunk, enc, cb) {
  this.seen.push(chunk.toString());
  this.push(chunk);
  cb();
};

const c = new Counter(3);
const u = new Upper();
const s = new Sink();
c.pipe(u).pipe(s);
s.on('finish', () => console.log('finish', s.parts));
s.on('close', () => console.log('close', c.destroyed, u.destroyed, s.destroyed));
console.log(c instanceof Readable, u instanceof Duplex, u instanceof Writable, s instanceof Writable);
console.log(c.constructor.name, Object.getPrototypeOf(Upper) === Transform);

const o = OldStyle();
o.on('data', (d) => console.log('OldStyle data', d.toString()));
o.write('x');
o.end('y');
o.on('finish', () => console.log('OldStyle finish', o.seen, o instanceof Duplex, o instanceof Writable));
