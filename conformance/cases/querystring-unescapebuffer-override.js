const qs = require('querystring');
console.log(typeof qs.unescapeBuffer, qs.unescapeBuffer.length);
const original = qs.unescapeBuffer;
qs.unescapeBuffer = (s, decodeSpaces) => ({ toString: () => `custom(${s},${decodeSpaces})` });
console.log(qs.unescape('%zz+x', true), qs.unescape('%zz'), qs.unescape('%41'));
console.log(qs.parse('a=%zz%41&b=%41'));
qs.unescapeBuffer = original;
console.log(qs.unescape('%zz+x', true));
