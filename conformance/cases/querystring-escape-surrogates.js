// Node's escape pairs a surrogate with whatever code unit follows it; only one at the end throws.
const qs = require('querystring');
for (const s of ['\uD83D\uDE00', '\uDC00a', '\uD800b', '\uDC00\uDC00', 'x\uD800\uD800y', '\uDFFFz', '\uD800', 'a\uDC00', '\uD800\uD800']) {
  try {
    console.log(JSON.stringify(s), qs.escape(s));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
}
