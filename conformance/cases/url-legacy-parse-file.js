// file: URLs.
const url = require('url');
for (const s of ['file:///etc/passwd', 'file://localhost/etc/passwd', 'file://foo/etc/passwd', 'file:', 'file:/', 'file://',
  'file:a/b', 'file:///C:/x', 'file://C:/x', 'FILE:///x', 'file:////x']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), u.slashes, JSON.stringify(u.host), u.pathname, u.href, url.format(u));
}
