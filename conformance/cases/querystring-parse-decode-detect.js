// Which keys and values Node hands to the decoder (only those that look encoded), made visible
// with a replaced qs.unescapeBuffer that logs its calls (it is reached when decodeURIComponent fails).
const qs = require('querystring');
const original = qs.unescapeBuffer;
const calls = [];
qs.unescapeBuffer = function (s, decodeSpaces) {
  calls.push([s, decodeSpaces]);
  return { toString: () => `B(${s})` };
};
for (const s of ['k=%', '%41=%', '%41%42=%', '%41x%42=%zz', '%41=%4+1', 'k=%4+1', 'k=%+41', '%4+1=v', '+%41=%', 'a=b%zz', 'a=%zz%41']) {
  calls.length = 0;
  const r = qs.parse(s);
  console.log(JSON.stringify(s), JSON.stringify(r), JSON.stringify(calls));
}
qs.unescapeBuffer = original;
