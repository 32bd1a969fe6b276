// toString/write/inspect dispatch through the per-encoding methods, so patching those is visible.
'use strict';
const util = require('util');
const P = Buffer.prototype;
const b = Buffer.from('hello');
const saved = { utf8Slice: P.utf8Slice, hexSlice: P.hexSlice, utf8Write: P.utf8Write, asciiWrite: P.asciiWrite,
  latin1Slice: P.latin1Slice };
P.utf8Slice = function(start, end) { return `utf8Slice(${start},${end})`; };
P.hexSlice = function(start, end) { return `hexSlice(${start},${end})`; };
P.utf8Write = function(str, offset, length) { return `utf8Write(${str},${offset},${length})`; };
P.asciiWrite = function(str, offset, length) { return `asciiWrite(${str},${offset},${length})`; };
P.latin1Slice = function(start, end) { return `latin1Slice(${start},${end})`; };
console.log(b.toString());
console.log(b.toString('utf8', 1, 3));
console.log(b.toString(undefined, 2));
console.log(b.toString('hex'));
console.log(b.toString('latin1'));
console.log(b.toString('binary', 1));
console.log(b.write('xy'));
console.log(b.write('xy', 1));
console.log(b.write('xy', 'ascii'));
console.log(b.write('xy', 0, 2, 'utf8'));
console.log(util.inspect(b));
console.log(String(b));
Object.assign(P, saved);
console.log(b.toString(), util.inspect(b), b.write('J'), b.toString());
