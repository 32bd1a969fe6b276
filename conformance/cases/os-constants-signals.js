// node:os — constants.signals: full key list, values, null prototype, frozen-ness.
const os = require('os');
const s = os.constants.signals;
console.log(Object.keys(s).join(','));
console.log(Object.getPrototypeOf(s), Object.isFrozen(s), Object.isExtensible(s));
for (const k of ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGKILL', 'SIGUSR1', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGWINCH', 'SIGIOT', 'SIGABRT', 'SIGPOLL', 'SIGIO', 'SIGSYS']) {
  console.log(k, s[k]);
}
console.log(s.SIGNOPE, 'SIGTERM' in s, 'toString' in s);
(function () {
  'use strict';
  try { s.SIGTERM = 1; } catch (e) { console.log('write', e.name); }
  console.log(s.SIGTERM);
  try { s.NEWSIG = 99; } catch (e) { console.log('add', e.name); }
  console.log(s.NEWSIG);
})();
console.log(require('constants').SIGTERM, require('constants').SIGINT);
