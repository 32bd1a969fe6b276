'use strict';
// The names under which util.promisify resolves a callback's several results, for the
// functions that call back with more than one (fs.read: { bytesRead, buffer }; dns.lookup:
// { address, family }), as Node's internal customPromisifyArgs symbol does.

module.exports = { kCustomPromisifyArgs: Symbol('customPromisifyArgs') };
