// Non-string input: ERR_INVALID_ARG_TYPE from parse, resolve and format.
const url = require('url');
for (const v of [undefined, null, 42, true, {}, [], ['http://a'], () => 1, new String('http://a/'), 10n, Symbol('s'), new URL('http://a/')]) {
  try { url.parse(v); console.log('parsed'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { url.resolve(null, 'a'); } catch (e) { console.log(e.code, e.message); }
try { url.resolve('http://a/', 5); } catch (e) { console.log(e.code, e.message); }
try { new url.Url().parse(1); } catch (e) { console.log(e.code, e.message); }
