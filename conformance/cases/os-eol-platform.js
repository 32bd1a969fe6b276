// node:os — EOL, platform/type/arch/endianness/devNull and their property shapes.
const os = require('os');
console.log(JSON.stringify(os.EOL), os.EOL.length, os.devNull);
for (const k of ['EOL', 'devNull', 'constants']) {
  const d = Object.getOwnPropertyDescriptor(os, k);
  console.log(k, d.writable, d.enumerable, d.configurable, 'get' in d);
}
os.EOL = 'sloppy';
(function () { 'use strict'; try { os.EOL = '\r\n'; } catch (e) { console.log('strict assign threw', e.name); } })();
console.log(JSON.stringify(os.EOL));
console.log(os.platform(), os.platform() === process.platform, os.type(), os.endianness());
console.log(typeof os.arch(), os.arch() === process.arch, typeof os.machine(), os.machine().length > 0);
console.log(typeof os.version(), typeof os.release(), os.release().length > 0);
console.log(typeof os.hostname(), os.hostname().length > 0);
console.log(['BE', 'LE'].includes(os.endianness()), os.endianness() === (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE'));
// extra arguments are ignored
console.log(os.platform('x', 1), os.type(null), os.endianness({}));
