// url.format() argument errors.
const url = require('url');
for (const v of [undefined, null, 42, true, () => {}, Symbol('s'), 10n]) {
  try { console.log(url.format(v)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const o of [true, 'x', 1, [], () => {}]) {
  try { console.log(url.format(new URL('http://a/'), o)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const o of [null, 0, '', false]) console.log(url.format(new URL('http://u:p@a/?q#h'), o));
