#!/usr/bin/env node
'use strict';
// Compares coil's legacy url API (stdlib/url.js + stdlib/internal/url/legacy*.js, run under node
// with the stdlib shim) against node's: url.parse (every field, the prototype, util.inspect
// output, warnings), url.format (Url objects, plain objects, strings, WHATWG URLs with options),
// url.resolve and url.resolveObject, on hand-written tables and seeded random inputs.
//
//   node scripts/dev/url-legacy-vs-node.js     # VERBOSE=1 prints passing cases too
//   SEED=123 COUNT=5000 node scripts/dev/url-legacy-vs-node.js
//
// The WHATWG parts of coil's URL class run on node's URL here (the `url` binding below), so
// host names are converted by ada in both columns. Prints every mismatch and ends with
// `N passed, M failed`.

const util = require('util');
const nodeUrl = require('url');
const { createStdlib } = require('./stdlib-shim');

// internalBinding('url') on top of node's WHATWG URL.
function components(u) {
  return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
    u.pathname, u.search, u.hash];
}
const urlBinding = {
  parse(input, base) {
    try {
      return components(base === undefined ? new URL(input) : new URL(input, base));
    } catch {
      return undefined;
    }
  },
  update(href, field, value) {
    const u = new URL(href);
    try {
      u[field] = value;
    } catch {
      return undefined;
    }
    return components(u);
  },
  domainToASCII: (domain) => nodeUrl.domainToASCII(domain),
  domainToUnicode: (domain) => nodeUrl.domainToUnicode(domain),
  parseSearchParams: (query) => [...new URLSearchParams(query)].flat(),
  serializeSearchParams(list) {
    const params = new URLSearchParams();
    for (let i = 0; i < list.length; i += 2) params.append(list[i], list[i + 1]);
    return params.toString();
  },
};

const coilRequire = createStdlib({ bindings: { url: urlBinding } });
const coilUrl = coilRequire('url');

// Warnings emitted while a case runs, per side.
let warnings = [];
const realEmitWarning = process.emitWarning;
process.emitWarning = function emitWarning(...args) {
  warnings.push(args.map((a) => (typeof a === 'function' ? '[fn]' : String(a))).join('|'));
};

let passed = 0;
let failed = 0;
const verbose = process.env.VERBOSE === '1';
const inspectOptions = {
  depth: 6, breakLength: Infinity, maxStringLength: Infinity, maxArrayLength: Infinity,
};

function describe(v, lib) {
  if (v !== null && typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    const protoName = proto === lib.Url.prototype ? 'Url.prototype' :
      proto === Object.prototype ? 'Object.prototype' : proto === null ? 'null' : 'other';
    return `${protoName} keys=${Object.keys(v).join(',')} ${util.inspect(v, inspectOptions)}`;
  }
  return util.inspect(v, inspectOptions);
}
function run(fn, lib) {
  warnings = [];
  let out;
  try {
    out = `ok ${describe(fn(lib), lib)}`;
  } catch (e) {
    out = `threw ${e?.name}|${e?.code}|${e?.message}|${e?.input}|${Object.keys(e ?? {})}`;
  }
  return warnings.length === 0 ? out : `${out} warnings=${warnings.join(';')}`;
}
function check(name, fn) {
  const a = run(fn, coilUrl);
  const e = run(fn, nodeUrl);
  if (a === e) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}\n  coil: ${a}\n  node: ${e}`);
  }
}
const show = (s) => (typeof s === 'string' && s.length > 200 ?
  `${JSON.stringify(s.slice(0, 200))}...(${s.length})` : util.inspect(s));

// Seeded PRNG (mulberry32).
let seed = Number(process.env.SEED || 20240611) >>> 0;
function rand() {
  seed = (seed + 0x6D2B79F5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const COUNT = Number(process.env.COUNT || 3000);

// ------------------------------------------------------------------------------------------------
// Module shape

check('exports', (u) => Object.keys(u));
check('function names', (u) => Object.keys(u).map((k) => `${k}:${u[k].name}:${u[k].length}`));
check('Url.prototype', (u) => Object.keys(u.Url.prototype)
  .map((k) => `${k}:${u.Url.prototype[k].name}:${u.Url.prototype[k].length}`));
check('new Url()', (u) => new u.Url());
check('Url() without new', (u) => u.Url());
check('Url.name/length', (u) => [u.Url.name, u.Url.length, typeof u.Url.prototype.constructor]);

// ------------------------------------------------------------------------------------------------
// Tables

const long = 'a'.repeat(70000);
const parseTable = [
  // Basics.
  '', ' ', '\t\n', 'http://www.example.com', 'http://www.example.com/', 'HTTP://www.example.com/',
  'http://www.ExAmPlE.com/', 'http://user:pw@www.example.com/', 'http://USER:PW@www.example.com/',
  'http://x.com/path?that%27s#all, folks', 'HTTP://X.COM/Y', 'http://x.y.com+a/b/c',
  'HtTp://x.y.cOm;a/b/c?d=e#f g<h>i', 'HtTp://x.y.cOm;A/b/c?d=e#f g<h>i', 'http://x...y...#p',
  'http://x/p/"quoted"', '<http://goo.corn/bread> Is a URL!', 'http://www.narwhaljs.org/blog/categories?id=news',
  'http://mt0.google.com/vt/lyrs=m@114&hl=en&src=api&x=2&y=2&z=3&s=',
  'http://mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=',
  'http://user:pass@mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=',
  'file:///etc/passwd', 'file://localhost/etc/passwd', 'file://foo/etc/passwd', 'file:///etc/node/',
  'file://localhost/etc/node/', 'file://foo/etc/node/', 'file:', 'file:/', 'file://', 'file:a/b',
  'http:/baz/../foo/bar', 'http://user:pass@example.com:8000/foo/bar?baz=quux#frag',
  '//user:pass@example.com:8000/foo/bar?baz=quux#frag', '/foo/bar?baz=quux#frag', 'http:/foo/bar?baz=quux#frag',
  'mailto:foo@bar.com?subject=hello', 'MAILTO:foo@bar.com', 'mailto:a@b', 'mailto:@b', 'mailto:a@',
  'javascript:alert("hello");', 'javascript:alert(\'hi\')', 'JavaScript:x', 'javascript://x/y', 'javascript:',
  'xmpp:isaacschlueter@jabber.org', 'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar',
  'svn+ssh://foo/bar', 'dash-test://foo/bar', 'dash-test:foo/bar', 'dot.test://foo/bar', 'dot.test:foo/bar',
  'http://www.日本語.com/', 'http://example.Bücher.com/', 'http://www.Äffchen.com/', 'http://www.Äffchen.cOm;A/b/c?d=e#f g<h>i',
  'http://SÉLIER.COM/', 'http://ﻞﻴﻬﻣﻅﺎﻤﻛﻭﻠﻴﺴﺘﻴﻣﺎﻫﻮﻧﺎﻤﻧ.ﻱ؟/', 'http://➡.ws/➡', 'http://bucket_name.s3.amazonaws.com/image.jpg',
  'git+http://github.com/joyent/node.git', 'local1@domain1', 'www.example.com', '[fe80::1]', 'coap://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]',
  'coap://[1080:0:0:0:8:800:200C:417A]:61616/', 'http://[::1]:8080/a', 'http://[::1]', 'http://[::FFFF:129.144.52.38]:80/index.html',
  'http://[2a00:1450:400b:801::1011]/x', 'http://[::1]x/y', 'http://[]/a', 'http://[::1]]/a', 'http://[::1/x', 'http://[a b]/x',
  'http://[::1]:port/x', 'http://[fe80::1%25eth0]/a', 'http://[::1%]/x',
  'http://-lovemonsterz.tumblr.com/rss', 'http://-lovemonsterz.tumblr.com:80/rss', 'http://user:pass@-lovemonsterz.tumblr.com/rss',
  'http://user:pass@-lovemonsterz.tumblr.com:80/rss', 'http://_jabber._tcp.google.com/test', 'http://user:pass@_jabber._tcp.google.com/test',
  'http://_jabber._tcp.google.com:80/test', 'http://user:pass@_jabber._tcp.google.com:80/test', 'http://x:1/\' <>"`/{}|\\^~`/',
  'http://a@b@c/', 'http://a@b?@c', 'http://a\r" \t\n<\'b:b@c\r\nd/e?f', 'https://*', 'http://example.com?foo=bar#frag',
  'http://example.com?foo=@bar#frag', 'http://example.com?foo=/bar/#frag', 'http://example.com?foo=?bar/#frag',
  'http://example.com#frag=?bar/#frag', 'http://google.com" onload="alert(42)/', 'http://a.com/a/b/c?s#h',
  'http://atpass:foo%40bar@127.0.0.1/', 'http://atslash%2F%40:%2F%40@foo/', 'xmpp:isaacschlueter@jabber.org',
  'http://www.example.com/a?b=c&d=e#f', '/a/b?c=d&e=f', '?a=1&b=2', '#hash', '?', '#', '?#', '/?', '/#', '/?a#b',
  'http://example.com:', 'http://example.com:/a', 'http://example.com:0/', 'http://example.com:65536/', 'http://example.com:99999999999/',
  'http://example.com:abc/', 'http://example.com:8080abc/', 'http://a:b:c/', 'http://a:1:2/', 'http://:80/', 'http://:/', 'http://@/', 'http://@:80/',
  'http://a:b@c:d@e/', 'http://a%zz@b/', 'http://%41@b/', 'http://%e4%bd%a0@b/', 'http://a b@c/',
  'http://host/path with spaces', 'http://host/path\twith\ttabs', 'http://ho\tst/', 'http://ho\nst/p', 'http://h\r\no\tst/p\tq',
  'http://host:8\t0/x', 'http:\\\\host\\path\\x?y\\z#w\\v', '\\\\host\\path', 'http://host\\path', 'a\\b?c\\d',
  '  http://example.com  ', '\u00a0http://example.com\ufeff', '\u3000http://example.com', 'http://example.com/\u3000', '/a\u3000b', '/a b', '/a\u00a0b',
  '//example.com', '//example.com/a', '///a', '////a', '//a@b', '//a@b/c', '//@b', '//a@', '//a/@b', '//a@@b', '//a@/b',
  'a@b', 'a@b/c', '@', 'user@host', 'http://user@', 'http://@host', 'http://user@/path',
  'http://%/', 'http://a%b/', 'http://a;b/', 'http://a{b}/', 'http://a|b/', 'http://a^b/', 'http://a`b/', 'http://a"b/', 'http://a\'b/', 'http://a<b>/',
  'http://a!b/', 'http://a$b/', 'http://a&b/', 'http://a(b)/', 'http://a*b/', 'http://a+b/', 'http://a,b/', 'http://a=b/', 'http://a~b/', 'http://a[b/', 'http://a]/',
  'http://a\u0001b/', 'http://a\u007fb/', 'http://a\u0000b/x', 'http://\u0000b/x', 'http://a\u00adb/', 'http://\u00ad/', 'http://a\u200db/',
  'http://xn--a/x', 'http://xn--tda/', 'http://XN--TDA/', 'http://xn--/', 'http://xn--abc-/', 'http://xn--zz/', 'http://a.xn--mnchen-3ya.de/',
  'http://xn--mnchen-3ya.de:81/', 'http://münchen.de:81/p', 'http://MÜNCHEN.de/', 'http://ü.1/', 'http://ü.1./', 'http://a。b/', 'http://a．b/',
  'http://fullwidthＡ.com/', 'http://💩.la/', 'http://ß.de/', 'http://ſ.de/', 'http://é.de/', 'http://\u0627.com/', 'http://x\u0627/',
  'http://0x7f.1/', 'http://999.999.999.999/a', 'http://1.2.3.4/', 'http://127.0.0.1:3000/', 'http://a..b/x', 'http://.../', 'http://a./', 'http://.a/',
  `http://${'a'.repeat(63)}.com/`, `http://${'a'.repeat(64)}.com/`, `http://${'a'.repeat(255)}/`, `http://${'a'.repeat(256)}/`,
  `http://${'a.'.repeat(127)}a/`, `http://${'ä'.repeat(70)}.com/`, `http://${'ü'.repeat(300)}/`,
  'http://host/p?q=a b&c="d"#e f', 'http://host/p?q=<x>', "http://host/p?q='x'", 'http://host/p#a b"c', 'http://host/{a}|^`',
  'http://host/%zz%41%', 'http://host/a%20b', 'http://host/?%', 'http://host/#%',
  'http://host/a?b?c#d#e', 'http://host/a#b?c', 'http://host?', 'http://host#', 'http://host?#', 'http://host/?',
  'http://host/a?b=1&b=2&c', 'http://host/a?__proto__=1&constructor=2', 'http://host/?a[]=1&a[]=2',
  'foo:bar', 'foo://bar', 'foo:///bar', 'foo:/bar', 'foo:', 'foo:?x', 'foo:#x', 'FOO://BAR/BAZ', 'a+b.c-d://host/x', '1abc://host/', '-:x', '.:x', '+://x',
  'ws://host/a', 'wss://host:443/a', 'gopher://host/1', 'ftp://user:pass@host:21/dir/file.txt', 'https://host', 'https:host', 'http:host/x', 'http:',
  'HTTP:host/x', 'HTTPS:', 'Http://Host', 'ftp:', 'gopher:x', 'ws:', 'file:C:/x', 'file:///C:/x', 'file://C:/x', 'file:////x',
  'data:text/html,<b>hi</b>', 'data:,a b', 'about:blank', 'urn:isbn:0451450523', 'tel:+1-816-555-1212', 'news:comp.infosystems.www.servers.unix',
  'ldap://[2001:db8::7]/c=GB?objectClass?one', 'telnet://192.0.2.16:80/', 'irc://irc.freenode.net/#node', 'sip:alice@atlanta.com;transport=tcp',
  'http://a/b/c/d;p?q', 'http://host/;params', 'http://host;x/', ';x', 'http://host/a/./b/../c', 'http://host/..', 'http://host/.',
  'http://www.example.com/\u00e9', 'http://host/\ud83d\ude00', 'http://host/\ud800', 'http://\ud800/', 'http://a\ud83d\ude00b/', 'http://us\ud800er@host/',
  'http://us\u00e9r:p\u00e4ss@host/', 'http://user:p%3Ass@host/', 'http://u%3Aser:pass@host/', 'http://:pass@host/', 'http://user:@host/', 'http://:@host/',
  'http://user:pa:ss@host/', 'http://us/er@host/', 'http://us?er@host/', 'http://us#er@host/', 'http://u s@host/',
  `http://host/${long}`, `http://host/?${long}`, `http://host/#${long}`, `/${long}`, `/${long}?${long}`, `http://${long}/`, `${long}`,
  `http://host/${'\\'.repeat(5000)}`, `http://host/${' '.repeat(5000)}x`, `${' '.repeat(5000)}http://host/${' '.repeat(5000)}`,
  `http://${'\t'.repeat(3000)}host/`, `http://${'a@'.repeat(3000)}host/`, `http://host/${'%'.repeat(3000)}`, `/${'a/'.repeat(5000)}`,
];

// Extra inputs with a NUL, control characters, emoji, lone surrogates around the usual pieces.
for (const c of ['\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u2028', '\ud83d', '\udc00']) {
  parseTable.push(`http://host/a${c}b`, `${c}http://host/`, `http://host/${c}`, `/${c}`, `/a?${c}`);
}

const parseArgs = [[], [true], [false, true], [true, true], ['yes', 1], [0, 0]];
for (const input of parseTable) {
  for (const args of parseArgs) {
    check(`parse(${show(input)}, ${args.map(show).join(', ')})`, (u) => u.parse(input, ...args));
  }
  check(`format(${show(input)})`, (u) => u.format(input));
  check(`format(parse(${show(input)}))`, (u) => u.format(u.parse(input)));
  check(`parse(${show(input)}).format()`, (u) => u.parse(input, true, true).format());
  check(`format(URL ${show(input)})`, (u) => {
    let url;
    try {
      url = new u.URL(input);
    } catch {
      return 'invalid';
    }
    return [u.format(url), u.format(url, { unicode: true }), u.format(url, { auth: false, search: false, fragment: false })];
  });
}

// Re-parsing into an existing object keeps fields the second parse does not set.
check('parse twice', (u) => {
  const o = new u.Url();
  o.parse('http://user@host:81/a?b#c');
  o.parse('/x');
  return o;
});
check('parse twice 2', (u) => {
  const o = new u.Url();
  o.parse('http://user@host:81/a?b#c', true);
  o.parse('mailto:a@b');
  return o;
});
check('parse returns Url input', (u) => {
  const o = u.parse('http://a/');
  return u.parse(o) === o;
});
check('Url.prototype.parse returns this', (u) => {
  const o = new u.Url();
  return o.parse('http://a/') === o;
});
check('parseHost direct', (u) => {
  const o = new u.Url();
  o.host = 'Example.com:8080';
  o.parseHost();
  return o;
});
for (const host of ['a:', ':', ':1', 'a:1:2', '[::1]:3', '', 'abc', 5, null]) {
  check(`parseHost ${show(host)}`, (u) => {
    const o = new u.Url();
    o.host = host;
    o.parseHost();
    return o;
  });
}

// Non-string input.
for (const v of [undefined, null, 1, true, {}, [], ['http://a'], Symbol('s'), () => 1, new String('http://a/'), 10n]) {
  check(`parse(${util.inspect(v)})`, (u) => u.parse(v));
  check(`resolve(${util.inspect(v)}, 'a')`, (u) => u.resolve(v, 'a'));
  check(`resolve('http://a/', ${util.inspect(v)})`, (u) => u.resolve('http://a/', v));
  check(`format(${util.inspect(v)})`, (u) => u.format(v));
}
check('parse URL instance', (u) => u.parse(new u.URL('http://a/')));

// ------------------------------------------------------------------------------------------------
// format() of plain objects

const formatObjects = [
  {}, { protocol: 'http' }, { protocol: 'http:' }, { protocol: 'http', host: 'a.com' }, { protocol: 'http', hostname: 'a.com', port: 80 },
  { protocol: 'http', hostname: 'a.com', port: '8080', pathname: 'x' }, { protocol: 'file' }, { protocol: 'file:', pathname: '/etc' },
  { protocol: 'file', pathname: 'etc' }, { protocol: 'FILE' }, { protocol: 'files' }, { protocol: 'mailto', host: 'a@b' },
  { protocol: 'mailto', pathname: 'a@b' }, { protocol: 'mailto', slashes: true, host: 'b', auth: 'a' },
  { hostname: '::1' }, { hostname: '[::1]' }, { hostname: '::1', port: 3 }, { host: '::1' }, { hostname: 'a:b', protocol: 'http:' },
  { auth: 'user:pass', host: 'h' }, { auth: 'us er:p@ss:w', host: 'h' }, { auth: 'üñí', host: 'h' }, { auth: '\ud83d\ude00', host: 'h' },
  { auth: '\ud83d', host: 'h' }, { auth: 'a\ud800b', host: 'h' }, { auth: 5, host: 'h' }, { auth: true, host: 'h' },
  { auth: {}, host: 'h' }, { auth: ['a:b'], host: 'h' }, { auth: '', host: 'h' }, { auth: 'a', hostname: 'h', port: 1 },
  { pathname: '/a?b#c' }, { pathname: 'a?b' }, { pathname: '#' }, { pathname: '/a', search: 'x=1' }, { pathname: '/a', search: '?x=1#y' },
  { search: 'a#b#c' }, { hash: 'x' }, { hash: '#x' }, { hash: '##' }, { query: { a: 1, b: [2, 3] } }, { query: 'a=1' },
  { query: {} }, { query: null }, { query: { a: 1 }, search: '?b=2' }, { query: { a: 1 }, search: '' }, { query: { 'a b': 'c d' } },
  { slashes: true }, { slashes: true, pathname: 'x' }, { slashes: true, host: 'h', pathname: 'x' }, { slashes: false, protocol: 'http', host: 'h' },
  { protocol: 'http', slashes: false, host: 'h', pathname: 'p' }, { protocol: 'foo', host: 'h', pathname: 'p' }, { protocol: 'foo', slashes: true, host: 'h', pathname: 'p' },
  { protocol: 'http', hostname: 'h', host: '' }, { protocol: 'javascript', pathname: 'alert(1)' },
  { protocol: 5 }, { pathname: 5 }, { hash: 5 }, { search: 5 }, { host: 5 }, { hostname: 5, protocol: 'http' }, { port: 5, hostname: 'h' },
  { protocol: 'http', pathname: 5 }, { protocol: 'http:', host: 'h', pathname: 5 }, { hostname: 'h', pathname: 'x', slashes: true, search: 'q', hash: 'h' },
  { href: 'http://ignored/', pathname: '/p' }, { protocol: 'http:', host: 'example.com', pathname: '/a b', search: '?q=a b' },
  { protocol: 'HTTP', host: 'h' }, { protocol: 'http::', host: 'h' }, { protocol: ':', host: 'h' }, { protocol: 'http', host: 'h', pathname: '//x' },
];
for (const obj of formatObjects) {
  check(`format(${util.inspect(obj)})`, (u) => u.format({ ...obj }));
  check(`Url.prototype.format on ${util.inspect(obj)}`, (u) => u.Url.prototype.format.call({ ...obj }));
  check(`format(Object.assign(new Url, ${util.inspect(obj)}))`, (u) => u.format(Object.assign(new u.Url(), obj)));
}
check('format(array)', (u) => u.format([]));
check('format(new Date(0))', (u) => u.format(new Date(0)));
check('format(Object.create(null))', (u) => u.format(Object.create(null)));
check('format() no args', (u) => u.format());
check('format(function)', (u) => u.format(() => {}));
check('format(class instance with getters)', (u) => u.format(new (class { get protocol() { return 'https'; } get host() { return 'x'; } })()));

// WHATWG URL with options.
const whatwgInputs = [
  'http://user:pass@example.com:8080/a/b?c=d#e', 'https://xn--mnchen-3ya.de/ü?ü#ü', 'http://münchen.de/', 'http://xn--ls8h.la/',
  'http://a.xn--nxa.b/', 'http://[::1]:81/', 'file:///tmp/a', 'file://host/a', 'mailto:a@b.com?subject=x#y', 'foo://xn--a/x',
  'foo://u:p@xn--tda/x?y#z', 'foo:/.//x', 'web+demo:/.//not-a-host/', 'http://a/?', 'http://a/#', 'http://a/?#', 'http://:p@a/',
  'http://u:@a/', 'blob:https://a.com/x', 'data:,x', 'javascript:alert(1)', 'http://a/%zz?%zz#%zz', 'non-special://h:99/p',
  'sc://ñ/', 'sc://xn--ñ/', 'http://1.2.3.4/', 'ws://xn--tda:80/x', 'http://a/p?q=1#f?g',
];
const formatOptions = [undefined, null, 0, '', false, {}, { unicode: true }, { auth: false }, { search: false }, { fragment: false },
  { unicode: 1, auth: 0, search: '', fragment: null }, { fragment: undefined }, { auth: 'no' }, true, 'x', 1, [], () => {}, Symbol('o')];
for (const input of whatwgInputs) {
  for (const options of formatOptions) {
    check(`format(new URL(${show(input)}), ${util.inspect(options)})`, (u) => u.format(new u.URL(input), options));
  }
}

// ------------------------------------------------------------------------------------------------
// resolve / resolveObject

// RFC 3986 examples plus node's own kinds of cases.
const resolveBases = [
  'http://a/b/c/d;p?q', 'http://a/b/c/d;p?q=1/2', 'http://a/b/c/d;p=1/2?q', 'http://example.com/b//c//d;p?q#blarg',
  'http://example.com', 'http://example.com/', 'http://example.com/a/b/', 'http://u:p@example.com:81/a/b?x#y', 'https://a/b',
  'file:///a/b', 'file://host/a', 'file:', 'mailto:local1@domain1', 'mailto:local1@domain1/x', 'mailto:a@b?c', 'foo:bar', 'foo:/bar/baz', 'foo://bar/baz',
  'javascript:x', '/foo/bar/baz', 'foo/bar/baz', 'foo', '', '/', '.', '..', 'a/b/../../..', '//host/p', '?q', '#h', 'http://a', 'http://a/b/c/..',
  'http://[::1]/x/y', 'http://münchen.de/a/b', 'HTTP://A/B/', 'http://a/b/c/d;p?q#f', 'ftp://a/b/c', 'gopher://a/b', 'ws://a/b', 'http:/a/b',
];
const resolveRelatives = [
  'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
  '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
  'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http:/g', 'http://g',
  'https:g', 'https://g/x', 'file:g', 'file:///g', 'file://h/g', 'file:', 'mailto:x@y', 'mailto:', 'local2@domain2', 'local2@domain2/x',
  'foo:x', 'FOO:x', 'javascript:alert(1)', '//u:p@h:82/x?y#z', '//h', '///x', 'http://u@h/', '\\\\h\\x', 'a\\b', '  g  ', 'g h',
  '?', '#', '?#', '/?a', '/#a', '..?x', '../?x', '..#x', '/..', 'a/../../..', 'ws:g', 'ftp:/g', 'gopher:g', 'http:?x', 'http:#x',
  'g:h/../i', 'mailto:local2@domain2', 'x@y', '@y', 'http://%/', 'http://a:b/', 'http://münchen.de/', '/ü', '?ü', 'http://[::1]/',
];
for (const base of resolveBases) {
  for (const rel of resolveRelatives) {
    check(`resolve(${show(base)}, ${show(rel)})`, (u) => u.resolve(base, rel));
    check(`resolveObject(${show(base)}, ${show(rel)})`, (u) => u.resolveObject(base, rel));
  }
}
check('resolveObject with Url relative (mutated)', (u) => {
  const rel = u.parse('http:g/h', false, true);
  const result = u.resolveObject('mailto:a@b', rel);
  return [result, rel];
});
check('resolveObject slashed scheme change mutates relative', (u) => {
  const rel = u.parse('https:x/y/z');
  return [u.resolveObject('http://a/b', rel), rel];
});
check('resolveObject("", x) returns x', (u) => {
  const rel = { a: 1 };
  return u.resolveObject('', rel) === rel;
});
check('resolveObject(null, x)', (u) => u.resolveObject(null, 'x'));
check('resolveObject plain object relative', (u) => u.resolveObject('http://a/b/c', { pathname: 'd', href: 'd', search: '?q' }));
check('resolveObject plain object //', (u) => u.resolveObject('http://a/b/c', { slashes: true, host: 'h', hostname: 'h', pathname: '/p', __proto__: { x: 1 } }));
check('Url#resolve with Url', (u) => u.parse('http://a/b/c').resolve(u.parse('../d')));
check('Url#resolveObject keeps extra props', (u) => {
  const base = u.parse('http://a/b');
  base.extra = 1;
  return base.resolveObject('c');
});
check('resolve with patched format', (u) => {
  const base = u.parse('http://a/b');
  base.format = () => 'patched';
  return [base.resolve('c'), u.format(base)];
});

// ------------------------------------------------------------------------------------------------
// Warnings: DEP0170 once per process (both sides have warned by now), DEP0169 off by default.

check('no further DEP0170', (u) => u.parse('http://a:b/c').href);

// ------------------------------------------------------------------------------------------------
// Seeded random inputs

const protocols = ['http:', 'HTTP:', 'https:', 'file:', 'File:', 'mailto:', 'javascript:', 'foo:', 'ws:', 'a+b.c-d:', 'x:', '', '', '', 'ftp:', 'gopher:'];
const seps = ['//', '//', '/', '\\\\', '', '///', '/\\', '\\/'];
const auths = ['', '', '', 'user@', 'user:pass@', ':@', '@', 'a@b@', 'u%20s@', 'ü:ß@', 'a b@', 'a%zz@', 'a:b:c@'];
const hosts = ['example.com', 'EXAMPLE.com', 'münchen.de', '[::1]', '[fe80::1]', 'a_b', 'xn--tda', 'xn--a', '1.2.3.4', '', 'h', '-x-',
  '💩', 'a..b', 'a.', '999.999.999.999', 'ÄÖÜ.com', 'x\u00ad', 'a\u3002b', '[bad', 'bad]', 'a*b', 'a!b',
  'ü\u3000x', 'ü\uff03', 'ａｂ', '\u2047ü', 'ü\u00a8', 'x\u2100y', 'ü\uff01', 'ü[x]', 'ü\u0000x', '\u0627\u0001', 'xn--ls8h.ü',
  'xn--abc-', 'xn--\u0001-dha', 'ü\u2488', 'Ⅻ.com', '\u200c', 'a\u200cb', 'ü\u0301', '\u0301ü'];
const ports = ['', '', ':80', ':', ':abc', ':8080x', ':0', ':99999', ':1:2'];
const atoms = ['a', 'b', 'Z', '0', '/', '/', '.', '..', '?', '#', '&', '=', '@', ':', ';', '%', '%41', '%zz', ' ', '\t', '\n', '\r', '"',
  "'", '<', '>', '\\', '^', '`', '{', '|', '}', '~', '!', '$', '(', ')', '*', '+', ',', '[', ']', 'é', '€', '😀', '\u00a0', '\u3000',
  '\ufeff', '\u0000', '\u0001', '\u007f', '\uff03', '\uff1a', '\u2047', '\u00a8', 'Ａ', '\u2100', '\ufe5f'];
function randomTail(max) {
  const n = Math.floor(rand() * max);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(pick(atoms));
  return parts.join('');
}
function randomUrl() {
  if (rand() < 0.15) return randomTail(20);
  const ws = rand() < 0.1 ? pick([' ', '\t', '\u00a0', '\n ']) : '';
  return ws + pick(protocols) + pick(seps) + pick(auths) + pick(hosts) + pick(ports) + randomTail(12) + ws;
}
for (let i = 0; i < COUNT; i++) {
  const input = randomUrl();
  const args = pick(parseArgs);
  check(`random parse(${show(input)}, ${args.map(show).join(', ')})`, (u) => u.parse(input, ...args));
  if (i % 2 === 0) check(`random format(${show(input)})`, (u) => u.format(input));
  if (i % 3 === 0) {
    const base = rand() < 0.5 ? pick(resolveBases) : randomUrl();
    const rel = rand() < 0.5 ? pick(resolveRelatives) : randomUrl();
    check(`random resolve(${show(base)}, ${show(rel)})`, (u) => u.resolve(base, rel));
    check(`random resolveObject(${show(base)}, ${show(rel)})`, (u) => u.resolveObject(base, rel));
  }
}

// Random Url-like objects through format() and resolveObject().
const fieldValues = {
  protocol: [undefined, null, '', 'http', 'http:', 'HTTP:', 'file', 'mailto:', 'foo', 'javascript:', 'ws:'],
  slashes: [undefined, null, true, false, 1, ''],
  auth: [undefined, null, '', 'u', 'u:p', 'u@x', 'ü s', ':'],
  host: [undefined, null, '', 'h', 'h:80', '[::1]:8', 'a@b', 'H.COM'],
  port: [undefined, null, '', '80', 81, 0],
  hostname: [undefined, null, '', 'h', '::1', '[::1]', 'a:b'],
  hash: [undefined, null, '', '#', 'x', '#x#y', '#ü'],
  search: [undefined, null, '', '?', 'a=1', '?a#b', '??'],
  query: [undefined, null, '', 'q=1', {}, { a: '1', b: ['2', '3'] }, { 'a b': 'c&d' }],
  pathname: [undefined, null, '', '/', 'a', '/a?b#c', '//x', '/../x', 'a/./b', '/ü'],
  path: [undefined, null, '/p?x'],
  href: [undefined, null, '', 'http://x/'],
};
function randomObject() {
  const obj = {};
  for (const [key, values] of Object.entries(fieldValues)) {
    if (rand() < 0.5) {
      const v = pick(values);
      if (v !== undefined) obj[key] = v;
    }
  }
  return obj;
}
for (let i = 0; i < COUNT / 2; i++) {
  const obj = randomObject();
  check(`random format(${util.inspect(obj)})`, (u) => u.format(structuredClone(obj)));
  const base = rand() < 0.5 ? pick(resolveBases) : randomUrl();
  const rel = randomObject();
  check(`random resolveObject(${show(base)}, ${util.inspect(rel)})`, (u) => {
    const r = structuredClone(rel);
    return [u.resolveObject(base, r), r];
  });
  if (i % 4 === 0) {
    check(`random Url#resolveObject(${util.inspect(obj)}, ${util.inspect(rel)})`,
      (u) => Object.assign(new u.Url(), structuredClone(obj)).resolveObject(structuredClone(rel)));
  }
}

process.emitWarning = realEmitWarning;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
