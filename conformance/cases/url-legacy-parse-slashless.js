// Schemes other than http/https/ftp/gopher/file/ws/wss take a host without '//'.
const url = require('url');
for (const s of ['mailto:foo@bar.com?subject=hello', 'MAILTO:Foo@Bar.com', 'xmpp:isaacschlueter@jabber.org', 'foo:bar',
  'foo://bar/baz', 'data:text/html,<b>hi</b>', 'urn:isbn:0451450523', 'tel:+1-816-555-1212', 'svn+ssh://foo/bar',
  'dash-test:foo/bar', 'dot.test://foo/bar', 'HTTP:host/x', 'http:host/x', 'https:', 'sip:alice@atlanta.com;transport=tcp']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), u.protocol, u.slashes, u.auth, u.host, u.pathname, u.search, u.href);
}
