const u = new URL('https://user:pw@example.com:8080/a/b/../c?x=1&y=2#frag');
console.log(u.href, u.origin, u.host, u.pathname, u.search, u.hash);
console.log(u);
u.searchParams.append('z', 'a b');
console.log(u.href, u.searchParams.get('x'), [...u.searchParams.keys()], u.searchParams.size);
u.search = '?q=%20';
console.log(u.searchParams.get('q'), JSON.stringify(u), String(u));
u.port = 'abc'; console.log(u.port);
u.hostname = 'exa mple'; console.log(u.hostname);
u.protocol = 'http'; console.log(u.href);
try { new URL('nope'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { u.href = 'bad'; } catch (e) { console.log(e.code); }
console.log(new URL('../x?y#z', 'http://h/a/b/c').href, URL.canParse('a:b'), URL.canParse('/x'));
const sp = new URLSearchParams({ a: 1, b: 'x y', c: '☃' });
console.log(sp.toString(), sp, new URLSearchParams([['a', '1'], ['a', '2']]).getAll('a'));
try { new URLSearchParams([[1]]); } catch (e) { console.log(e.code, e.message); }
const { fileURLToPath, pathToFileURL, domainToASCII } = require('url');
console.log(fileURLToPath('file:///tmp/a%20b.txt'), pathToFileURL('/tmp/a b#c?.txt').href, domainToASCII('español.com'));
try { fileURLToPath('http://x'); } catch (e) { console.log(e.code, e.message); }
try { fileURLToPath('file:///a%2fb'); } catch (e) { console.log(e.code, e.message); }
sp.sort(); sp.delete('b'); console.log([...sp], sp.has('a', '1'));
console.log(new URL('file:///a/b').origin, new URL('blob:https://a.com/x').origin, Object.keys(u));
try { new URL('a', 'nope'); } catch (e) { console.log(String(e), Object.keys(e), e.base); }
