'use strict';
// net.isIP / isIPv4 / isIPv6: whether a string is an IP address literal, by the same rules as
// Node (dotted-quad IPv4 without leading zeros; every IPv6 form, with an embedded IPv4 tail and
// an optional %zone).

const V4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const V4 = `(?:${V4_PART}\\.){3}${V4_PART}`;
const H = '[0-9a-fA-F]{1,4}';
// One alternative per count of leading groups before a "::" (or the full eight groups).
const V6 = '(?:' + [
  `(?:${H}:){7}(?:${H}|:)`,
  `(?:${H}:){6}(?:${V4}|:${H}|:)`,
  `(?:${H}:){5}(?::${V4}|(?::${H}){1,2}|:)`,
  `(?:${H}:){4}(?:(?::${H}){0,1}:${V4}|(?::${H}){1,3}|:)`,
  `(?:${H}:){3}(?:(?::${H}){0,2}:${V4}|(?::${H}){1,4}|:)`,
  `(?:${H}:){2}(?:(?::${H}){0,3}:${V4}|(?::${H}){1,5}|:)`,
  `(?:${H}:){1}(?:(?::${H}){0,4}:${V4}|(?::${H}){1,6}|:)`,
  `(?::(?:(?::${H}){0,5}:${V4}|(?::${H}){1,7}|:))`,
].join('|') + ')(?:%[0-9a-zA-Z\\-.:]{1,})?';

const IPV4_RE = new RegExp(`^${V4}$`);
const IPV6_RE = new RegExp(`^${V6}$`);
const RegExpPrototypeTest = RegExp.prototype.test;
const FunctionPrototypeCall = Function.prototype.call;
const test = FunctionPrototypeCall.bind(RegExpPrototypeTest);

function isIPv4(input) {
  return test(IPV4_RE, `${input}`);
}

function isIPv6(input) {
  return test(IPV6_RE, `${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
