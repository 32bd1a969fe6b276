'use strict';
// Scheme sets of the legacy url API (each lists a scheme with and without its ':').

const SetPrototypeHas = Function.prototype.call.bind(Set.prototype.has);

// Schemes whose URLs always have '//' and a host.
const slashed = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:',
]);
// Schemes that never have a host; their URLs are not auto-escaped either.
const hostless = new Set(['javascript', 'javascript:']);

module.exports = {
  isSlashedProtocol: (protocol) => SetPrototypeHas(slashed, protocol),
  isHostlessProtocol: (protocol) => SetPrototypeHas(hostless, protocol),
  isUnsafeProtocol: (protocol) => SetPrototypeHas(hostless, protocol),
};
