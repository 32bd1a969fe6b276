'use strict';
// url.format(URL, options): the URL's href with the credentials, query or fragment left out,
// or the host name in Unicode, as Node's native formatter (ada) serializes it.

const { toUnicode } = require('internal/url/legacy_idna');

const StringPrototypeCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt);
const StringPrototypeIndexOf = Function.prototype.call.bind(String.prototype.indexOf);
const StringPrototypeLastIndexOf = Function.prototype.call.bind(String.prototype.lastIndexOf);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

const CHAR_HASH = 35;
const CHAR_SLASH = 47;
const CHAR_QUESTION = 63;

// End of the authority that starts at `from`: neither user info (percent-encoded) nor a host
// can hold '/', '?' or '#'.
function authorityEnd(href, from) {
  for (let i = from; i < href.length; i++) {
    const code = StringPrototypeCharCodeAt(href, i);
    if (code === CHAR_SLASH || code === CHAR_QUESTION || code === CHAR_HASH) return i;
  }
  return href.length;
}

// Serializes `url` (a WHATWG URL) keeping only the parts the flags ask for.
function formatWhatwgUrl(url, fragment, unicode, search, auth) {
  const href = url.href;
  const protocol = url.protocol;
  const parts = [protocol];
  let pos = protocol.length;
  // A URL has a host exactly when '//' follows the scheme (a host-less path that starts with
  // '//' is serialized behind '/.').
  if (StringPrototypeCharCodeAt(href, pos) === CHAR_SLASH &&
      StringPrototypeCharCodeAt(href, pos + 1) === CHAR_SLASH) {
    const start = pos + 2;
    const end = authorityEnd(href, start);
    const at = StringPrototypeLastIndexOf(StringPrototypeSlice(href, start, end), '@');
    const hostStart = at === -1 ? start : start + at + 1;
    parts.push('//');
    if (auth && at !== -1) parts.push(StringPrototypeSlice(href, start, hostStart));
    if (unicode) {
      const port = url.port;
      parts.push(toUnicode(url.hostname), port === '' ? '' : `:${port}`);
    } else {
      parts.push(StringPrototypeSlice(href, hostStart, end));
    }
    pos = end;
  }
  const hashAt = StringPrototypeIndexOf(href, '#', pos);
  const tailEnd = hashAt === -1 ? href.length : hashAt;
  const queryAt = StringPrototypeIndexOf(StringPrototypeSlice(href, pos, tailEnd), '?');
  const pathEnd = queryAt === -1 ? tailEnd : pos + queryAt;
  parts.push(StringPrototypeSlice(href, pos, pathEnd));
  if (search) parts.push(StringPrototypeSlice(href, pathEnd, tailEnd));
  if (fragment) parts.push(StringPrototypeSlice(href, tailEnd));
  return parts.join('');
}

module.exports = { formatWhatwgUrl };
