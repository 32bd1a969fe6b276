'use strict';
// node:process - the same object as the `process` global.
module.exports = globalThis.process;
