// '//host' is a host only with slashesDenoteHost (or before user@host).
const url = require('url');
for (const s of ['//foo/bar', '//foo', '//user@foo/bar', '//user:pw@foo:81/x?y#z', '///x', '//@x', '//a@', 'foo/bar', '/foo/bar']) {
  for (const slashes of [false, true]) {
    const u = url.parse(s, false, slashes);
    console.log(JSON.stringify(s), slashes, u.slashes, u.auth, u.host, u.pathname, u.href);
  }
}
