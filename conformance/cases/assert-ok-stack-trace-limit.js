// assert.ok() quotes the failing expression from the source even when the
// program has turned stack traces off with Error.stackTraceLimit = 0, and it
// leaves the program's limit as it found it.
'use strict';
const assert = require('assert');

function report(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} [${err.code}] generated=${err.generatedMessage}`);
    console.log(err.message);
  }
}

Error.stackTraceLimit = 0;
report(() => assert.ok(typeof 42 === 'string'));
report(() => assert(null));
report(() => assert.strict.ok(
  [].length
));
console.log('limit after:', Error.stackTraceLimit);
report(() => assert.ok(0, 'custom text'));
report(() => assert.ok());

Error.stackTraceLimit = 3;
report(() => assert.equal(1, 2));
report(() => assert(''));
console.log('limit after:', Error.stackTraceLimit);

delete Error.stackTraceLimit;
report(() => assert.ok(false));
console.log('own limit after delete:', Object.prototype.hasOwnProperty.call(Error, 'stackTraceLimit'), Error.stackTraceLimit);
