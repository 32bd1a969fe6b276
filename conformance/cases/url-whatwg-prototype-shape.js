// Prototype members (enumerable, in Node's order), the iterator alias, and URL.parse().
console.log(Object.keys(URL.prototype).join(','));
console.log(Object.keys(URLSearchParams.prototype).join(','));
console.log(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
console.log(Object.prototype.toString.call(new URL('http://a/')), Object.prototype.toString.call(new URLSearchParams()));
console.log(URL.prototype, URLSearchParams.prototype);
console.log(URL.parse('http://a/b?c').href, URL.parse('nope'), URL.parse('x', 'http://base/').href, URL.parse('x', 'bad'));
try { URL.parse(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof URL.parse, URL.parse.length, URL.canParse.length);
