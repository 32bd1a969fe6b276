// Setters: valid changes apply, invalid ones are ignored (href throws).
const u = new URL('http://example.com/path?q#h');
u.protocol = 'https'; console.log(u.href);
u.protocol = 'foo'; console.log(u.href);
u.host = 'other.org:81'; console.log(u.href, u.port);
u.port = '443'; console.log(u.href, JSON.stringify(u.port));
u.port = ''; console.log(u.href);
u.port = '99999'; console.log(u.port);
u.port = '12abc'; console.log(u.port);
u.hostname = 'Ex Ample'; console.log(u.hostname);
u.hostname = 'MÜNCHEN.de'; console.log(u.hostname);
u.username = 'us er'; u.password = 'p@ss'; console.log(u.href);
u.pathname = 'a b/c'; console.log(u.pathname);
u.search = 'x=1 2'; console.log(u.search);
u.search = ''; console.log(u.href);
u.hash = 'frag ment'; console.log(u.hash);
u.hash = ''; console.log(u.href);
try { u.href = 'not a url'; } catch (e) { console.log(e.name, e.code); }
const f = new URL('file:///a/b');
f.host = 'h'; f.username = 'x'; f.port = '5'; console.log(f.href);
const m = new URL('mailto:a@b');
m.pathname = 'c@d'; m.host = 'x'; console.log(m.href);
