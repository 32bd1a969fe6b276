'use strict';
// PassThrough: a Transform that outputs its input unchanged.

const Transform = require('internal/streams/transform');

const ObjectSetPrototypeOf = Object.setPrototypeOf;

module.exports = PassThrough;

ObjectSetPrototypeOf(PassThrough.prototype, Transform.prototype);
ObjectSetPrototypeOf(PassThrough, Transform);

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}

PassThrough.prototype._transform = function(chunk, encoding, cb) {
  cb(null, chunk);
};
