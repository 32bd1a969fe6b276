'use strict';

// instanceof: a Duplex/Transform counts as a Writable; prototypes and legacy Stream.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
console.log(new Duplex() instanceof Writable, new PassThrough() instanceof Writable, new Readable() instanceof Writable);
console.log(new Writable() instanceof stream, new Readable() instanceof stream.Stream, new Duplex() instanceof Readable);
console.log(Object.getPrototypeOf(Transform.prototype) === Duplex.prototype, Object.getPrototypeOf(PassThrough) === Transform);
class MyWritable extends Writable {}
console.log(new MyWritable() instanceof Writable, new Duplex() instanceof MyWritable);
console.log(Object.getPrototypeOf(Duplex.prototype) === Readable.prototype, typeof Duplex.prototype.write);
